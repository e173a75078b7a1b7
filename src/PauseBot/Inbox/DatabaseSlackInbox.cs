using Microsoft.Extensions.Options;
using PauseBot.Persistence.Inbox;
using PauseBot.Slack.Inbound;
using PauseBot.Slack.WebApi;
using PauseBot.Telemetry;

namespace PauseBot.Inbox;

/// <summary>
/// The Slack layer's inbox on the bot's database (<see cref="InboxStore"/>): a stored row goes to this process's worker at
/// once (<see cref="InboxHandoff"/>); a failed attempt is retried with backoff (doubling from <see cref="InboxOptions.RetryDelay"/> up to
/// <see cref="InboxOptions.MaxBackoff"/>) and parked as dead after <see cref="InboxOptions.MaxAttempts"/>, logged once and
/// counted (<c>pausebot.inbox.handled</c>, outcome <c>dead</c>).
/// </summary>
public sealed partial class DatabaseSlackInbox(
    IServiceScopeFactory scopes, InboxSignal signal, InboxClaims claims, InboxHandoff handoff, InboundDeliveryRunner runner, TimeProvider time,
    IOptions<InboxOptions> options, PauseBotTelemetry telemetry, ILogger<DatabaseSlackInbox> log) : ISlackInbox
{
    /// <summary>
    /// Stores the row claimed by this process and hands it to its worker when the worker has room (one write, no claim
    /// round trip); otherwise stores it unclaimed for any worker.
    /// </summary>
    public async Task<bool> AddAsync(InboundDelivery delivery, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        if (!handoff.TryReserve())
        {
            bool added;
            await using (var scope = scopes.CreateAsyncScope())
                added = await scope.ServiceProvider.GetRequiredService<InboxStore>()
                    .AddAsync(delivery.Key, delivery.Kind.ToString(), delivery.Label, delivery.Payload, ct);
            if (added) signal.Notify();
            return added;
        }
        StoredDelivery? stored;
        try
        {
            stored = await AddClaimedAsync(delivery, ct);
        }
        catch
        {
            handoff.Release();
            throw;
        }
        if (stored is null)
        {
            handoff.Release();
            return false;
        }
        if (handoff.Enqueue(stored)) signal.Notify();
        else await ReleaseClaimAsync(stored); // the worker stopped meanwhile: any worker may take it at once
        return true;
    }

    private async Task ReleaseClaimAsync(StoredDelivery stored)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<InboxStore>().ReleaseAsync(stored.Id, stored.Claim, CancellationToken.None);
    }

    public async Task<StoredDelivery?> AddClaimedAsync(InboundDelivery delivery, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var claim = claims.Next();
        await using var scope = scopes.CreateAsyncScope();
        var id = await scope.ServiceProvider.GetRequiredService<InboxStore>().AddClaimedAsync(
            delivery.Key, delivery.Kind.ToString(), delivery.Label, delivery.Payload, claim, options.Value.Lease, ct);
        return id is { } stored ? new StoredDelivery(stored, delivery, claim, Attempts: 0) : null;
    }

    public async Task FailedAsync(StoredDelivery stored, Exception error, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(error);
        var o = options.Value;
        var attempt = stored.Attempts + 1;
        var dead = attempt >= o.MaxAttempts;
        var retryAt = dead ? (DateTimeOffset?)null : time.GetUtcNow() + Backoff(attempt, o);
        var kind = stored.Delivery.Kind.ToString();
        await using var scope = scopes.CreateAsyncScope();
        if (!await scope.ServiceProvider.GetRequiredService<InboxStore>().MarkFailedAsync(stored.Id, stored.Claim, Describe(error), retryAt, ct))
        {
            Log.InboxClaimLost(log, stored.Id, kind, stored.Delivery.Label);
            return;
        }
        if (retryAt is { } at)
        {
            Log.InboxRetry(log, error, stored.Id, kind, stored.Delivery.Label, attempt, at);
            telemetry.InboxHandled(kind, "retry");
            return;
        }
        Log.InboxDead(log, error, stored.Id, kind, stored.Delivery.Label, attempt);
        telemetry.InboxHandled(kind, "dead");
        try
        {
            await runner.GaveUpAsync(stored, scope.ServiceProvider, ct);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            Log.InboxGaveUpNoticeFailed(log, ex, stored.Id);
        }
    }

    public async Task ForgetAsync(StoredDelivery stored, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(stored);
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<InboxStore>().ForgetAsync(stored.Id, stored.Claim, ct);
    }

    /// <summary>The wait after failed attempt <paramref name="attempt"/> (1-based): doubling from the retry delay, capped.</summary>
    internal static TimeSpan Backoff(int attempt, InboxOptions o)
    {
        var factor = Math.Pow(2, Math.Min(attempt - 1, 30));
        var wait = o.RetryDelay.TotalMilliseconds * factor;
        return wait >= o.MaxBackoff.TotalMilliseconds ? o.MaxBackoff : TimeSpan.FromMilliseconds(wait);
    }

    // What an admin sees in /pausebot inbox dead: Slack's error code, or the exception's type (messages may carry user text).
    private static string Describe(Exception error) => error switch
    {
        SlackApiException s => $"{s.Method}: {s.Error}",
        _ => error.GetType().Name,
    };

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "Inbox {InboxId} ({Kind} {Label}) failed (attempt {Attempt}); retry at {RetryAt}")]
        public static partial void InboxRetry(ILogger logger, Exception exception, long inboxId, string kind, string label, int attempt, DateTimeOffset retryAt);

        [LoggerMessage(2, LogLevel.Error, "Inbox {InboxId} ({Kind} {Label}) given up after {Attempts} attempts and parked as dead; `/pausebot inbox replay {InboxId}` retries it")]
        public static partial void InboxDead(ILogger logger, Exception exception, long inboxId, string kind, string label, int attempts);

        [LoggerMessage(3, LogLevel.Warning, "Inbox {InboxId} ({Kind} {Label}) is no longer claimed by this process (its lease ran out); another worker has it")]
        public static partial void InboxClaimLost(ILogger logger, long inboxId, string kind, string label);

        [LoggerMessage(4, LogLevel.Warning, "Telling the person that inbox {InboxId} was given up failed")]
        public static partial void InboxGaveUpNoticeFailed(ILogger logger, Exception exception, long inboxId);
    }
}
