using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PauseBot.Slack.SocketMode;

/// <summary>
/// Receives Slack payloads over Socket Mode (no inbound HTTP needed): keeps <see cref="SocketModeOptions.Connections"/>
/// WebSockets open, staggered; hands every envelope to the same handlers as HTTP and acks it within Slack's budget. On a
/// <c>disconnect</c> (<c>warning</c>, <c>refresh_requested</c>) a fresh URL is connected before the old socket closes;
/// a dropped socket reconnects with backoff; <c>link_disabled</c> or a refused app token stops the client with one
/// log line. Envelopes delivered twice are acked twice but handled once. https://docs.slack.dev/apis/events-api/using-socket-mode
/// </summary>
public sealed partial class SocketModeClient : BackgroundService
{
    /// <summary>Errors of <c>apps.connections.open</c> no retry can fix: the client stops (one log line) instead of reconnecting.</summary>
    internal static readonly HashSet<string> FatalErrors = new(StringComparer.Ordinal)
    {
        "invalid_auth", "not_authed", "not_allowed_token_type", "account_inactive", "token_revoked", "token_expired", "missing_scope",
    };

    private readonly IServiceProvider services;
    private readonly SocketEnvelopeHandler envelopes;
    private readonly IOptionsMonitor<SocketModeOptions> options;
    private readonly TimeProvider time;
    private readonly ILogger<SocketModeClient> log;
    private readonly ConcurrentDictionary<int, Task> retiring = new();
    private CancellationTokenSource? halt;
    private int nextConnectionId;
    private int openConnections;
    private int halted;

    internal SocketModeClient(IServiceProvider services, SocketEnvelopeHandler envelopes, IOptionsMonitor<SocketModeOptions> options,
        TimeProvider time, ILogger<SocketModeClient> log)
    {
        (this.services, this.envelopes, this.options, this.time, this.log) = (services, envelopes, options, time, log);
    }

    /// <summary>Connections that said <c>hello</c> and have not been closed yet.</summary>
    public int OpenConnections => Volatile.Read(ref openConnections);

    /// <summary>True once the client stopped for good (<c>link_disabled</c> or a refused app token).</summary>
    public bool IsHalted => Volatile.Read(ref halted) == 1;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var haltSource = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        halt = haltSource;
        var settings = options.CurrentValue;
        var count = Math.Clamp(settings.Connections, 1, 10);
        var slots = Enumerable.Range(0, count)
            .Select(i => Task.Run(() => RunSlotAsync(settings.ConnectionStagger * i, haltSource.Token, stoppingToken), CancellationToken.None))
            .ToArray();
        await Task.WhenAll(slots);
        while (retiring.Values.ToArray() is { Length: > 0 } pending && pending.Any(t => !t.IsCompleted))
            await Task.WhenAll(pending);
    }

    /// <summary>One connection's life, forever: open, serve until it ends, replace or reconnect.</summary>
    private async Task RunSlotAsync(TimeSpan startDelay, CancellationToken halting, CancellationToken stopping)
    {
        LiveConnection? current = null;
        var failures = 0;
        try
        {
            if (startDelay > TimeSpan.Zero)
                await Task.Delay(startDelay, time, halting);
            while (!halting.IsCancellationRequested)
            {
                if (current is null)
                {
                    current = await TryOpenAsync(failures + 1, halting, stopping);
                    if (current is null)
                    {
                        failures++;
                        await Task.Delay(Backoff(failures), time, halting);
                        continue;
                    }
                    failures = 0;
                }
                var reason = await current.Ending.Task.WaitAsync(halting);
                if (reason is null)
                {
                    failures = 1;
                    var delay = Backoff(failures);
                    Log.SocketDropped(log, null, current.Id, delay);
                    await RetireAsync(current, drain: false);
                    current = null;
                    await Task.Delay(delay, time, halting);
                    continue;
                }
                if (reason is DisconnectFrame.LinkDisabled or DisconnectFrame.SocketModeDisabled)
                {
                    Halt($"Slack disabled Socket Mode for this app ({reason}); turn it back on in the app settings and restart PauseBot.");
                    break;
                }
                Log.SocketDisconnectRequested(log, current.Id, reason);
                current = await ReplaceAsync(current, halting, stopping);
            }
        }
        catch (OperationCanceledException) when (halting.IsCancellationRequested)
        {
        }
        finally
        {
            if (current is not null)
                await RetireAsync(current, drain: false);
        }
    }

    /// <summary>Opens a replacement while <paramref name="old"/> keeps serving, then retires the old one in the background.
    /// If no replacement can be had before the old socket closes, returns null and the slot reconnects with backoff.</summary>
    private async Task<LiveConnection?> ReplaceAsync(LiveConnection old, CancellationToken halting, CancellationToken stopping)
    {
        LiveConnection? replacement = null;
        for (var attempt = 1; replacement is null; attempt++)
        {
            replacement = await TryOpenAsync(attempt, halting, stopping);
            if (replacement is not null || old.Reader.IsCompleted) break;
            await Task.WhenAny(old.Reader, Task.Delay(Backoff(attempt), time, halting));
            halting.ThrowIfCancellationRequested();
        }
        var id = old.Id;
        retiring[id] = Task.Run(async () =>
        {
            await RetireAsync(old, drain: true);
            retiring.TryRemove(id, out _);
        }, CancellationToken.None);
        return replacement;
    }

    private TimeSpan Backoff(int attempt)
    {
        var settings = options.CurrentValue;
        return ReconnectBackoff.Delay(attempt, settings.ReconnectBaseDelay, settings.ReconnectMaxDelay, Random.Shared.NextDouble());
    }

    private void Halt(string reason)
    {
        if (Interlocked.Exchange(ref halted, 1) == 0)
            Log.SocketHalted(log, reason);
        halt?.Cancel();
    }
}
