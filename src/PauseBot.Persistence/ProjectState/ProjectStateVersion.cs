namespace PauseBot.Persistence.ProjectState;

/// <summary>
/// A counter that moves on every committed change to a project or its pauses: on this replica from the
/// <see cref="ProjectStateChangeInterceptor"/>, from other replicas through <see cref="PostgresProjectStateListener"/>.
/// Snapshots taken at an older value are stale. While changes of other replicas can't be heard (PostgreSQL
/// listener not connected) it is not <see cref="IsReliable"/> and readers go to the database.
/// </summary>
public sealed class ProjectStateVersion(bool reliable)
{
    private long value;
    private volatile bool reliable = reliable;

    public long Current => Interlocked.Read(ref value);

    public bool IsReliable => reliable;

    public void Bump() => Interlocked.Increment(ref value);

    /// <summary>Hearing or deafness changes: either way, whatever was read before may have missed a change.</summary>
    public void SetReliable(bool isReliable)
    {
        reliable = isReliable;
        Bump();
    }
}
