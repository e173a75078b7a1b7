namespace PauseBot.Core.Pauses;

/// <summary>A contractor pressed Acknowledge on a pause announcement (once per person).</summary>
public sealed record Acknowledgement(Guid PauseId, string UserId, DateTimeOffset At);
