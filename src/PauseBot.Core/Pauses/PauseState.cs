namespace PauseBot.Core.Pauses;

/// <summary>Scheduled → Active → Ended, or Scheduled → Cancelled.</summary>
public enum PauseState
{
    Scheduled,
    Active,
    Ended,
    Cancelled,
}
