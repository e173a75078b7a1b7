using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PauseBot.Core;
using PauseBot.Core.Outbox;
using PauseBot.Persistence.Outbox;

namespace PauseBot.Persistence;

/// <summary>
/// The EF Core commit step: one per scope, sharing the scope's context with every store, so one
/// <see cref="DbContext.SaveChangesAsync(CancellationToken)"/> writes the use case's changes, the participants' and the
/// outbox rows together. The only place that saves, settles lost races and wakes the outbox dispatcher.
/// </summary>
public sealed partial class EfUnitOfWork(
    PauseBotDbContext db, OutboxStore outbox, OutboxSignal signal, TimeProvider time, ILogger<EfUnitOfWork> log) : IUnitOfWork
{
    private readonly List<ICommitParticipant> _participants = [];
    private int _enqueued;

    public async Task<bool> EnqueueAsync(OutboxIntent intent, CancellationToken ct)
    {
        var added = await outbox.EnqueueAsync(OutboxMessage.From(intent, time.GetUtcNow()), ct);
        if (added) _enqueued++;
        return added;
    }

    public void Enlist(ICommitParticipant participant) => _participants.Add(participant);

    public async Task<CommitResult> CommitAsync(CancellationToken ct)
    {
        foreach (var participant in _participants)
            await participant.BeforeCommitAsync(ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            return Lost("another writer changed the same rows first", ex);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            return Lost("a unique key was taken by another writer first", ex);
        }
        var participants = _participants.ToList();
        _participants.Clear();
        foreach (var participant in participants)
            participant.Committed();
        if (_enqueued > 0) signal.Notify();
        _enqueued = 0;
        return CommitResult.Committed;
    }

    // Nothing of this attempt was written: forget it, so the caller's next reads see the winner's state.
    private CommitResult Lost(string reason, DbUpdateException ex)
    {
        db.ChangeTracker.Clear();
        _enqueued = 0;
        Log.ConcurrencyConflict(log, reason, ex.Entries.FirstOrDefault()?.Metadata.ClrType.Name ?? "?");
        return CommitResult.Conflict;
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "A concurrent change won the race ({Reason}, on {Entity}); nothing of this change was written")]
        public static partial void ConcurrencyConflict(ILogger logger, string reason, string entity);
    }
}
