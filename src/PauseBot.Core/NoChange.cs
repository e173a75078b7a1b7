namespace PauseBot.Core;

/// <summary>Why nothing changed (<see cref="Unchanged"/>).</summary>
public abstract record NoChange
{
    private NoChange() { }

    public sealed record ProjectExists(string ProjectKey) : NoChange;

    public sealed record AlreadyAChannel(string ProjectKey, string ChannelId) : NoChange;

    /// <summary>Not a channel of the project, or its last one (a project keeps at least one).</summary>
    public sealed record NotAChannel(string ProjectKey, string ChannelId) : NoChange;

    public sealed record AlreadyALead(string ProjectKey, string UserId) : NoChange;

    public sealed record NotALead(string ProjectKey, string UserId) : NoChange;

    public sealed record AlreadyQuiet(DateOnly Date) : NoChange;

    public sealed record NotQuiet(DateOnly Date) : NoChange;

    public sealed record OpeningAlreadyClosed(int Id) : NoChange;

    /// <summary>The reminder was snoozed already, or an update came meanwhile.</summary>
    public sealed record AlreadySnoozed : NoChange;

    /// <summary>A backdated pause's Confirm or Cancel came after the request was confirmed, cancelled or expired already.</summary>
    public sealed record ConfirmationUsed : NoChange;

    /// <summary>Another writer changed the project at the same moment and won; nothing of this request was written.</summary>
    public sealed record ChangedConcurrently(string ProjectKey) : NoChange;
}
