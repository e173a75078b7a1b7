using System.Buffers;
using System.Net.WebSockets;
using System.Text;

namespace PauseBot.Slack.SocketMode;

/// <summary>
/// One Socket Mode WebSocket: connect, read whole text messages, send acks (one sender at a time), close. Ping/pong
/// keep-alive is the WebSocket's own (<see cref="SocketModeOptions.PingInterval"/>/<see cref="SocketModeOptions.PingTimeout"/>):
/// a missing pong aborts the socket, which the reader sees as a drop.
/// </summary>
internal sealed class SocketModeConnection(int id, ClientWebSocket socket, int maxMessageBytes) : IDisposable
{
    private readonly SemaphoreSlim sendLock = new(1, 1);
    private int inFlight;

    public int Id => id;

    public bool IsOpen => socket.State == WebSocketState.Open;

    /// <summary>Envelopes received on this connection whose ack has not been sent yet.</summary>
    public int InFlight => Volatile.Read(ref inFlight);

    public static async Task<SocketModeConnection> ConnectAsync(int id, Uri url, SocketModeOptions options, CancellationToken ct)
    {
        var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = options.PingInterval;
        socket.Options.KeepAliveTimeout = options.PingTimeout;
        try
        {
            await socket.ConnectAsync(url, ct);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
        return new SocketModeConnection(id, socket, options.MaxMessageBytes);
    }

    /// <summary>The next text message, <c>(null, false)</c> when the server closed, <c>(null, true)</c> for an oversized one (discarded).</summary>
    public async Task<(byte[]? Message, bool Oversized)> ReceiveAsync(CancellationToken ct)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            using var message = new MemoryStream();
            var oversized = false;
            while (true)
            {
                var result = await socket.ReceiveAsync(buffer.AsMemory(), ct);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    if (socket.State == WebSocketState.CloseReceived)
                        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, ct);
                    return (null, false);
                }
                if (!oversized && message.Length + result.Count <= maxMessageBytes)
                    message.Write(buffer, 0, result.Count);
                else
                    oversized = true;
                if (!result.EndOfMessage) continue;
                if (oversized) return (null, true);
                if (result.MessageType != WebSocketMessageType.Text) continue; // Slack only sends text; skip binary
                return (message.ToArray(), false);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public void BeginEnvelope() => Interlocked.Increment(ref inFlight);

    public void EndEnvelope() => Interlocked.Decrement(ref inFlight);

    /// <summary>Sends one text message; false when the socket is no longer open (the ack is lost and Slack redelivers).</summary>
    public async Task<bool> TrySendAsync(string text, CancellationToken ct)
    {
        await sendLock.WaitAsync(ct);
        try
        {
            if (socket.State != WebSocketState.Open) return false;
            await socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, ct);
            return true;
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or IOException)
        {
            return false;
        }
        finally
        {
            sendLock.Release();
        }
    }

    /// <summary>Starts the close handshake; the reader then sees the server's close and ends.</summary>
    public async Task CloseAsync(CancellationToken ct)
    {
        await sendLock.WaitAsync(ct);
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "refresh", ct);
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or IOException)
        {
            socket.Abort();
        }
        finally
        {
            sendLock.Release();
        }
    }

    public void Abort() => socket.Abort();

    public void Dispose()
    {
        socket.Dispose();
        sendLock.Dispose();
    }
}
