namespace PauseBot.Inbox;

/// <summary>
/// Names the claims this process takes on inbox rows: its node (host, process, random) and a counter, so each claim is
/// distinct, also from this process's earlier claims on the same row.
/// </summary>
public sealed class InboxClaims
{
    private readonly string _node =
        $"{Environment.MachineName[..Math.Min(40, Environment.MachineName.Length)]}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..12]}";
    private long _next;

    public string Next() => $"{_node}#{Interlocked.Increment(ref _next)}";
}
