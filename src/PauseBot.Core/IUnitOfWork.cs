using PauseBot.Core.Outbox;

namespace PauseBot.Core;

/// <summary>
/// The one commit step of a scope (a request, a job run, an outbox delivery). Use cases change state through the store
/// ports; the host enqueues the messages that announce the change with <see cref="EnqueueAsync"/>; then
/// <see cref="CommitAsync"/> writes both in one transaction, so a change is never announced without being saved nor saved
/// without being announced. Lost races are settled here, once: the result says so, nothing throws. After a commit that
/// added outbox rows the dispatcher is woken, so nobody else wakes it.
/// <para>
/// Extension point: others can enlist their own writes into the same transaction with <see cref="Enlist"/>. The inbox
/// worker, for one, enlists "mark this inbox row done" before it runs a handler; the row is then marked done by the
/// handler's commit, with the handler's own changes and outbox rows, or not at all. A participant joins every commit
/// attempt of the scope until one is written (after a conflict it adds its changes again), then leaves. A scope whose
/// handler never commits can call <see cref="CommitAsync"/> itself to write what the participants add.
/// </para>
/// </summary>
public interface IUnitOfWork
{
    /// <summary>
    /// Adds <paramref name="intent"/> to the outbox, to be written with the next commit. False (and nothing added) when a row
    /// with the same key is already enqueued in this scope or stored: that message was sent, or will be.
    /// </summary>
    Task<bool> EnqueueAsync(OutboxIntent intent, CancellationToken ct);

    /// <summary>Adds <paramref name="participant"/>'s changes to the commits of this scope, until one is written.</summary>
    void Enlist(ICommitParticipant participant);

    /// <summary>
    /// Writes every change tracked in this scope and its enqueued outbox rows in one transaction, then wakes the dispatcher
    /// if rows were added. <see cref="CommitResult.Conflict"/> when another writer changed the same rows (or took the same
    /// unique key) first: nothing of this attempt was written and the scope's tracked state is discarded, so reads after it
    /// see the winner's state.
    /// </summary>
    Task<CommitResult> CommitAsync(CancellationToken ct);
}

/// <summary>What a commit came to. Callers render <see cref="Conflict"/> (e.g. as the winner's state); it is not an error.</summary>
public enum CommitResult
{
    /// <summary>Everything was written.</summary>
    Committed,

    /// <summary>Another writer won a race (two leads pausing one project at once, a double click): nothing was written.</summary>
    Conflict,
}

/// <summary>Writes of someone other than the scope's use case that must commit with it (see <see cref="IUnitOfWork.Enlist"/>).</summary>
public interface ICommitParticipant
{
    /// <summary>Called at the start of each commit attempt, before anything is written: track the changes to add (through a store of the same scope).</summary>
    Task BeforeCommitAsync(CancellationToken ct);

    /// <summary>Called once the changes have been written; the participant then leaves the scope's commits.</summary>
    void Committed();
}
