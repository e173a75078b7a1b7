using PauseBot.Core;
using PauseBot.Persistence.Inbox;
using PauseBot.Slack.Inbound;

namespace PauseBot.Inbox;

/// <summary>
/// The scope's side of the inbox: "this row is handled" joins the scope's commit step (<see cref="IUnitOfWork.Enlist"/>),
/// so it is written by the handler's own commit, with its changes and outbox rows, under the row's claim.
/// </summary>
public sealed class InboxCompletion(IUnitOfWork unitOfWork, InboxStore store) : IInboxCompletion
{
    private InboxCompletionParticipant? _participant;

    public void Enlist(StoredDelivery stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (_participant is not null) throw new InvalidOperationException("This scope already handles an inbox row.");
        _participant = store.Completion(stored.Id, stored.Claim);
        unitOfWork.Enlist(_participant);
    }

    public async Task<bool> CompleteAsync(CancellationToken ct)
    {
        var participant = _participant ?? throw new InvalidOperationException("No inbox row was enlisted in this scope.");
        // A conflict may come from changes the handler tracked and gave up on (a conflict clears them): then the mark alone
        // goes through on the second try. A second conflict is the claim itself: the row was taken over.
        for (var attempt = 0; attempt < 2 && !participant.IsCommitted; attempt++)
            await unitOfWork.CommitAsync(ct);
        return participant.IsCommitted;
    }
}
