using PauseBot.Core;

namespace PauseBot.Persistence.Inbox;

/// <summary>
/// Joins a scope's commits with "inbox row N is handled", checked against the claim it is handled under: the row is
/// marked by the commit that writes the handler's changes, and a commit after the claim was lost writes nothing (a
/// conflict), so a row taken over by another worker is never handled twice.
/// </summary>
public sealed class InboxCompletionParticipant(InboxStore store, long id, string claim) : ICommitParticipant
{
    public Task BeforeCommitAsync(CancellationToken ct)
    {
        store.TrackCompleted(id, claim);
        return Task.CompletedTask;
    }

    /// <summary>Whether a commit has marked the row handled.</summary>
    public bool IsCommitted { get; private set; }

    public void Committed() => IsCommitted = true;
}
