using System.Net.WebSockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PauseBot.Slack.WebApi;

namespace PauseBot.Slack.SocketMode;

public sealed partial class SocketModeClient
{
    /// <summary><c>apps.connections.open</c> → connect → wait for <c>hello</c>. Null (logged) when any step fails.</summary>
    private async Task<LiveConnection?> TryOpenAsync(int attempt, CancellationToken halting, CancellationToken stopping)
    {
        var settings = options.CurrentValue;
        SocketModeConnection connection;
        try
        {
            var opened = await services.GetRequiredService<IAppsApi>().ConnectionsOpenAsync(settings.AppToken, halting);
            if (!Uri.TryCreate(opened.Url, UriKind.Absolute, out var url) || url.Scheme is not ("wss" or "ws"))
                throw new SlackApiException("apps.connections.open", "invalid_response");
            connection = await SocketModeConnection.ConnectAsync(Interlocked.Increment(ref nextConnectionId), url, settings, halting);
        }
        catch (SlackApiException ex) when (FatalErrors.Contains(ex.Error))
        {
            Halt($"apps.connections.open refused the app token ({ex.Error}); check Slack:AppToken (xapp-…, scope connections:write).");
            return null;
        }
        catch (Exception ex) when (!halting.IsCancellationRequested && ex is SlackApiException or WebSocketException or HttpRequestException or IOException)
        {
            Log.SocketConnectFailed(log, ex, ex is SlackApiException api ? api.Error : ex.GetType().Name, Backoff(attempt));
            return null;
        }

        var live = new LiveConnection(connection);
        live.Reader = Task.Run(() => ReadAsync(live, stopping), CancellationToken.None);
        using (var wait = CancellationTokenSource.CreateLinkedTokenSource(halting))
        {
            await Task.WhenAny(live.Hello.Task, live.Reader, Task.Delay(settings.HelloTimeout, time, wait.Token));
            await wait.CancelAsync();
        }
        if (live.Hello.Task.IsCompletedSuccessfully && !live.Reader.IsCompleted)
        {
            live.Counted = true;
            Interlocked.Increment(ref openConnections);
            return live;
        }
        await RetireAsync(live, drain: false);
        halting.ThrowIfCancellationRequested();
        Log.SocketConnectFailed(log, null, "no hello", Backoff(attempt));
        return null;
    }

    /// <summary>Reads until the socket closes or drops; envelopes are handled concurrently and acked on this socket.</summary>
    private async Task ReadAsync(LiveConnection live, CancellationToken stopping)
    {
        using var reading = CancellationTokenSource.CreateLinkedTokenSource(stopping, live.ReaderStop.Token);
        try
        {
            while (true)
            {
                var (message, oversized) = await live.Connection.ReceiveAsync(reading.Token);
                if (oversized)
                {
                    Log.SocketFrameIgnored(log, live.Id, null, $"over {options.CurrentValue.MaxMessageBytes} bytes");
                    continue;
                }
                if (message is null) break;
                if (log.IsEnabled(LogLevel.Trace))
                    Log.SocketRawMessage(log, live.Id, System.Text.Encoding.UTF8.GetString(message));
                Dispatch(live, SocketFrame.Parse(message), stopping);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException or ObjectDisposedException)
        {
        }
        finally
        {
            live.Hello.TrySetCanceled();
            live.Ending.TrySetResult(null);
            Log.SocketClosed(log, live.Id);
        }
    }

    private void Dispatch(LiveConnection live, SocketFrame frame, CancellationToken stopping)
    {
        switch (frame)
        {
            case HelloFrame hello:
                Log.SocketConnected(log, live.Id, hello.NumConnections, hello.ApproximateConnectionTime);
                live.Hello.TrySetResult();
                break;
            case DisconnectFrame disconnect:
                live.Ending.TrySetResult(disconnect.Reason);
                break;
            case EnvelopeFrame envelope:
                live.Connection.BeginEnvelope();
                _ = AckAsync(live, envelope, stopping);
                break;
            case UnknownFrame unknown:
                Log.SocketFrameIgnored(log, live.Id, unknown.Type, unknown.Reason);
                break;
        }
    }

    private async Task AckAsync(LiveConnection live, EnvelopeFrame envelope, CancellationToken stopping)
    {
        try
        {
            Log.SocketEnvelopeReceived(log, live.Id, envelope.EnvelopeId, envelope.Type, envelope.RetryAttempt);
            if (await envelopes.AckForAsync(envelope, stopping) is not { } ack) return;
            if (!await live.Connection.TrySendAsync(ack, stopping))
                Log.SocketAckLost(log, live.Id, envelope.EnvelopeId);
        }
        catch (Exception ex) when (!stopping.IsCancellationRequested)
        {
            Log.SocketEnvelopeFailed(log, ex, envelope.EnvelopeId);
        }
        finally
        {
            live.Connection.EndEnvelope();
        }
    }

    /// <summary>Lets in-flight envelopes finish (when draining), closes politely, then aborts whatever is left.</summary>
    private async Task RetireAsync(LiveConnection live, bool drain)
    {
        var settings = options.CurrentValue;
        if (drain)
        {
            var deadline = time.GetUtcNow() + settings.DrainTimeout;
            while (live.Connection.InFlight > 0 && time.GetUtcNow() < deadline && !live.Reader.IsCompleted)
                await Task.Delay(TimeSpan.FromMilliseconds(20), time, CancellationToken.None);
        }
        using (var closing = new CancellationTokenSource(TimeSpan.FromSeconds(2), time))
        {
            try
            {
                await live.Connection.CloseAsync(closing.Token);
                await live.Reader.WaitAsync(closing.Token);
            }
            catch (OperationCanceledException)
            {
            }
        }
        live.Connection.Abort();
        await live.ReaderStop.CancelAsync();
        await live.Reader;
        if (live.Counted)
            Interlocked.Decrement(ref openConnections);
        live.Dispose();
    }
}
