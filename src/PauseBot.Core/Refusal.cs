namespace PauseBot.Core;

/// <summary>Why an actor may not do what they asked (<see cref="Refused"/>): who may.</summary>
public abstract record Refusal
{
    private Refusal() { }

    /// <summary>
    /// Only the project's leads and PauseBot admins may do <see cref="Action"/>. Also the answer for a project that does not
    /// exist, to anyone who is not an admin: nothing leaks.
    /// </summary>
    public sealed record NotALead(string ProjectKey, LeadAction Action) : Refusal;

    /// <summary>An admin named a project that does not exist.</summary>
    public sealed record UnknownProject(string ProjectKey) : Refusal;

    /// <summary>Only the lead who asked for a backdated pause confirms or cancels it.</summary>
    public sealed record NotYourRequest(string ProjectKey) : Refusal;

    /// <summary>Only PauseBot admins manage projects.</summary>
    public sealed record NotAnAdmin : Refusal;

    /// <summary>Only people who lead some project (and admins) post openings.</summary>
    public sealed record LeadsNothing : Refusal;

    /// <summary>Only an opening's poster, its projects' leads and admins manage it.</summary>
    public sealed record NotTheOpeningsManager : Refusal;
}

/// <summary>What only a project's leads (and admins) may do.</summary>
public enum LeadAction
{
    Pause,
    Resume,
    PostUpdates,
    ChangeSchedules,
    SnoozeReminder,
    PostOpenings,
}
