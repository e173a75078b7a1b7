using System.Net.WebSockets;
using System.Text;

namespace PauseBot.Slack.Emulator;

/// <summary>The server end of one Socket Mode WebSocket: serialised sends, and flags for forced behaviour.</summary>
internal sealed class EmulatedSocketConnection(int id, WebSocket socket, FreezableStream stream, DateTimeOffset openedAt, long openedSequence)
{
    private readonly SemaphoreSlim _sendLock = new(1, 1);

    public int Id => id;
    public WebSocket Socket => socket;
    public DateTimeOffset OpenedAt => openedAt;
    public long OpenedSequence => openedSequence;
    public DateTimeOffset? ClosedAt { get; set; }
    public long? ClosedSequence { get; set; }
    public SocketModeCloseKind? CloseKind { get; set; }

    /// <summary>Told to disconnect: no new envelopes go here.</summary>
    public bool Retiring { get; set; }

    /// <summary>Not reading (so not answering pings and not seeing acks) until thawed.</summary>
    public bool Frozen => stream.IsFrozen;

    public bool CanDeliver => ClosedAt is null && !Retiring && !Frozen && socket.State == WebSocketState.Open;

    public SocketModeConnectionInfo Info => new(id, openedAt, openedSequence, ClosedAt, ClosedSequence, CloseKind);

    public void Freeze() => stream.Freeze();

    public void Thaw() => stream.Thaw();

    /// <summary>Drops the connection without a close handshake.</summary>
    public void Cut()
    {
        stream.Cut();
        socket.Abort();
    }

    public async Task<bool> TrySendAsync(string text, CancellationToken ct)
    {
        await _sendLock.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (socket.State != WebSocketState.Open) return false;
            await socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, ct).ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or ObjectDisposedException or OperationCanceledException)
        {
            return false;
        }
        finally
        {
            _sendLock.Release();
        }
    }

    public async Task CloseAsync(CancellationToken ct)
    {
        await _sendLock.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "disconnect", ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or ObjectDisposedException or OperationCanceledException)
        {
            socket.Abort();
        }
        finally
        {
            _sendLock.Release();
        }
    }
}
