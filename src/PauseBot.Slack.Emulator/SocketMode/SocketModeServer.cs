using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.Features;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace PauseBot.Slack.Emulator;

/// <summary>
/// Slack's Socket Mode side: <c>apps.connections.open</c> issues single-use tickets, the app connects to
/// <c>ws://…/socket-mode/link/?ticket=…</c> and gets <c>hello</c>; tests deliver envelopes (shapes as in
/// <c>Payloads/socket_mode_*.json</c>), read the acks, force disconnects, drops and freezes, and redeliver. An ack later
/// than <see cref="AckDeadline"/> (3 s, emulator clock) counts as lost, as at Slack: the event is redelivered (retry_attempt
/// + 1), a command or interaction expires (<see cref="Expired"/>). Unacked <c>events_api</c> envelopes are also redelivered
/// when their connection closes; other unacked envelopes are then recorded in <see cref="LostAtClose"/>. Thread-safe.
/// </summary>
public sealed partial class SocketModeServer(TimeProvider time, string appId)
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);
    private readonly object _gate = new();
    private readonly Dictionary<string, DateTimeOffset> _tickets = new(StringComparer.Ordinal);
    private readonly List<EmulatedSocketConnection> _connections = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _sequence;
    private int _nextConnectionId;

    /// <summary>How long a URL from <c>apps.connections.open</c> stays usable (once). Default 30 s.</summary>
    public TimeSpan TicketLifetime { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Every connection so far, in opening order.</summary>
    public IReadOnlyList<SocketModeConnectionInfo> Connections
    {
        get { lock (_gate) return [.. _connections.Select(c => c.Info)]; }
    }

    /// <summary>Ids of connections that are open (hello sent, not closed).</summary>
    public IReadOnlyList<int> OpenConnectionIds
    {
        get { lock (_gate) return [.. _connections.Where(c => c.ClosedAt is null).Select(c => c.Id)]; }
    }

    internal string IssueTicket()
    {
        var ticket = Guid.NewGuid().ToString("N");
        lock (_gate) _tickets[ticket] = time.GetUtcNow() + TicketLifetime;
        return ticket;
    }

    /// <summary>
    /// The WebSocket endpoint: redeem the ticket, upgrade (the handshake is done here, so the socket runs over a
    /// <see cref="FreezableStream"/> and no WebSocket middleware is needed), send hello, read acks until the connection ends.
    /// </summary>
    internal async Task AcceptAsync(HttpContext http)
    {
        var upgrade = http.Features.Get<IHttpUpgradeFeature>();
        var key = http.Request.Headers["Sec-WebSocket-Key"].ToString();
        if (upgrade is not { IsUpgradableRequest: true } || key.Length == 0
            || !string.Equals(http.Request.Headers.Upgrade.ToString(), "websocket", StringComparison.OrdinalIgnoreCase))
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        if (!RedeemTicket(http.Request.Query["ticket"].ToString()))
        {
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }
        http.Response.Headers.Connection = "Upgrade";
        http.Response.Headers.Upgrade = "websocket";
        http.Response.Headers["Sec-WebSocket-Accept"] = Convert.ToBase64String(
            SHA1.HashData(Encoding.ASCII.GetBytes(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11")));
        var stream = new FreezableStream(await upgrade.UpgradeAsync().ConfigureAwait(false), http.Abort);
        using var socket = WebSocket.CreateFromStream(stream, new WebSocketCreationOptions
        {
            IsServer = true, KeepAliveInterval = TimeSpan.FromSeconds(5),
        });
        EmulatedSocketConnection connection;
        int open;
        lock (_gate)
        {
            connection = new EmulatedSocketConnection(++_nextConnectionId, socket, stream, time.GetUtcNow(), ++_sequence);
            _connections.Add(connection);
            open = _connections.Count(c => c.ClosedAt is null);
        }
        await connection.TrySendAsync(Hello(open), http.RequestAborted).ConfigureAwait(false);
        Changed();
        await ReadAcksAsync(connection).ConfigureAwait(false);
    }

    private bool RedeemTicket(string ticket)
    {
        lock (_gate)
            return _tickets.Remove(ticket, out var expires) && time.GetUtcNow() <= expires;
    }

    private string Hello(int numConnections) => new JsonObject
    {
        ["type"] = "hello",
        ["num_connections"] = numConnections,
        ["debug_info"] = new JsonObject { ["host"] = "applink-emulator", ["build_number"] = 1, ["approximate_connection_time"] = 18060 },
        ["connection_info"] = new JsonObject { ["app_id"] = appId },
    }.ToJsonString();

    /// <summary>Waits until at least <paramref name="count"/> connections are open.</summary>
    /// <exception cref="TimeoutException">Not in time (default 10 s).</exception>
    public Task WaitForConnectionsAsync(int count, TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        WaitUntilAsync(() => _connections.Count(c => c.ClosedAt is null) >= count ? true : (bool?)null,
            $"{count} open Socket Mode connections", timeout, cancellationToken);

    /// <summary>Waits until connection <paramref name="connectionId"/> has closed.</summary>
    public Task WaitForCloseAsync(int connectionId, TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        WaitUntilAsync(() => _connections.Any(c => c.Id == connectionId && c.ClosedAt is not null) ? true : (bool?)null,
            $"connection {connectionId} to close", timeout, cancellationToken);

    /// <summary>Polls <paramref name="probe"/> under the lock after every change until it returns a value.</summary>
    private async Task<T> WaitUntilAsync<T>(Func<T?> probe, string what, TimeSpan? timeout, CancellationToken ct)
    {
        var limit = timeout ?? DefaultTimeout;
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        cts.CancelAfter(limit);
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (probe() is { } value) return value;
                changed = _changed.Task;
            }
            try
            {
                await changed.WaitAsync(cts.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                throw new TimeoutException($"Waited {limit} for {what}.");
            }
        }
    }

    private void Changed()
    {
        TaskCompletionSource previous;
        lock (_gate)
        {
            previous = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        previous.TrySetResult();
    }

    private EmulatedSocketConnection Find(int connectionId)
    {
        lock (_gate)
            return _connections.FirstOrDefault(c => c.Id == connectionId)
                   ?? throw new ArgumentException($"No Socket Mode connection {connectionId}.", nameof(connectionId));
    }
}
