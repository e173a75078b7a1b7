using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PauseBot.Slack.Emulator;

public sealed partial class SocketModeServer
{
    /// <summary>
    /// Sends <c>{"type":"disconnect","reason":…}</c> on <paramref name="connectionId"/> (<c>warning</c>,
    /// <c>refresh_requested</c>, <c>link_disabled</c>), stops delivering there, and closes it after
    /// <paramref name="closeAfter"/> (default: 10 s for <c>warning</c>, 2 s for <c>refresh_requested</c>, at once for others)
    /// unless the app closed it first. Returns without waiting for the close.
    /// </summary>
    public async Task DisconnectAsync(int connectionId, string reason, TimeSpan? closeAfter = null, CancellationToken cancellationToken = default)
    {
        var connection = Find(connectionId);
        connection.Retiring = true;
        var message = new JsonObject
        {
            ["type"] = "disconnect", ["reason"] = reason, ["debug_info"] = new JsonObject { ["host"] = "applink-emulator" },
        };
        await connection.TrySendAsync(message.ToJsonString(), cancellationToken).ConfigureAwait(false);
        var grace = closeAfter ?? reason switch
        {
            "warning" => TimeSpan.FromSeconds(10),
            "refresh_requested" => TimeSpan.FromSeconds(2),
            _ => TimeSpan.Zero,
        };
        _ = Task.Run(async () =>
        {
            if (grace > TimeSpan.Zero) await Task.Delay(grace, time, CancellationToken.None).ConfigureAwait(false);
            if (connection.ClosedAt is not null) return;
            lock (_gate) connection.CloseKind ??= SocketModeCloseKind.ByServer;
            await connection.CloseAsync(CancellationToken.None).ConfigureAwait(false);
            try
            {
                await WaitForCloseAsync(connection.Id, TimeSpan.FromSeconds(2)).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                connection.Cut(); // the client never answered the close frame
            }
        }, CancellationToken.None);
    }

    /// <summary>Drops connection <paramref name="connectionId"/> without a close handshake (a network failure).</summary>
    public void Drop(int connectionId)
    {
        var connection = Find(connectionId);
        lock (_gate) connection.CloseKind ??= SocketModeCloseKind.Dropped;
        connection.Cut(); // anything unread (acks included) is lost with the socket
    }

    /// <summary>Stops reading on <paramref name="connectionId"/>: pings go unanswered and nothing is delivered there.</summary>
    public void Freeze(int connectionId) => Find(connectionId).Freeze();

    /// <summary>Resumes reading on a frozen connection.</summary>
    public void Thaw(int connectionId) => Find(connectionId).Thaw();

    /// <summary>Aborts every connection (emulator shutdown).</summary>
    internal void AbortAll()
    {
        List<EmulatedSocketConnection> open;
        lock (_gate) open = [.. _connections.Where(c => c.ClosedAt is null)];
        foreach (var connection in open)
        {
            lock (_gate) connection.CloseKind ??= SocketModeCloseKind.ByServer;
            connection.Cut();
        }
    }

    private async Task ReadAcksAsync(EmulatedSocketConnection connection)
    {
        var socket = connection.Socket;
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer, CancellationToken.None).ConfigureAwait(false);
                    message.Write(buffer, 0, result.Count);
                } while (!result.EndOfMessage);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    lock (_gate) connection.CloseKind ??= SocketModeCloseKind.ByClient;
                    await connection.CloseAsync(CancellationToken.None).ConfigureAwait(false);
                    break;
                }
                if (TryParse(message.ToArray()) is { } ack) RecordAck(connection, ack);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or ObjectDisposedException or OperationCanceledException)
        {
            lock (_gate) connection.CloseKind ??= SocketModeCloseKind.Dropped;
        }
        finally
        {
            lock (_gate)
            {
                connection.ClosedAt = time.GetUtcNow();
                connection.ClosedSequence = ++_sequence;
            }
            Changed();
            RedeliverAfterClose(connection.Id);
        }
    }

    private static JsonObject? TryParse(byte[] message)
    {
        try
        {
            return JsonNode.Parse(message) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
