namespace PauseBot.Core.Pauses;

/// <summary>
/// Which instant ends billable work when a pause's cutoff lies before its announcement (a backdated pause). For a pause
/// announced at its cutoff both instants are the same, so the policy changes nothing for it.
/// </summary>
public enum BackdatePolicy
{
    /// <summary>Work from the cutoff on is not billable, also the hours worked before anyone announced it (the default).</summary>
    Cutoff,

    /// <summary>Work stays billable until the pause was announced; the cutoff is recorded but does not decide billing.</summary>
    Announcement,
}
