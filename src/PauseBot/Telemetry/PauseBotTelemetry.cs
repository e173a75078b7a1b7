using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace PauseBot.Telemetry;

/// <summary>
/// The host's own metrics and traces under <see cref="Name"/>: outbox depth and oldest age (gauges, refreshed by the
/// dispatcher each round), outbox deliveries by outcome, inbox rows handled by outcome (a row parked as dead counts once
/// under <c>dead</c>), and scheduled firings (timed pauses and resumes applied).
/// The Slack layer reports commands, events, de-duplication, Web API calls and 429s under <c>PauseBot.Slack</c>.
/// </summary>
public sealed class PauseBotTelemetry
{
    /// <summary>Meter and activity source name: <c>PauseBot</c>.</summary>
    public const string Name = "PauseBot";

    /// <summary>Spans for outbox deliveries and scheduled firings.</summary>
    public static readonly ActivitySource Tracing = new(Name);

    private readonly Counter<long> firings;
    private readonly Counter<long> deliveries;
    private readonly Counter<long> inbox;
    private long outboxDepth;
    private double outboxOldestSeconds;

    public PauseBotTelemetry(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(Name);
        firings = meter.CreateCounter<long>("pausebot.scheduled.firings", "{firing}", "Scheduled pauses and resumes applied, by transition.");
        deliveries = meter.CreateCounter<long>("pausebot.outbox.deliveries", "{message}", "Outbox rows sent to Slack, by kind and outcome (delivered, retry, dead).");
        inbox = meter.CreateCounter<long>("pausebot.inbox.handled", "{delivery}",
            "Inbox rows (events, clicks, modal submissions stored before their ack) by kind and outcome: done, retry, dead (given up after the last attempt), lost (taken over by another worker).");
        meter.CreateObservableGauge("pausebot.outbox.depth", () => Interlocked.Read(ref outboxDepth), "{message}",
            "Outbox rows waiting for delivery.");
        meter.CreateObservableGauge("pausebot.outbox.oldest_age", () => Volatile.Read(ref outboxOldestSeconds), "s",
            "Age of the oldest undelivered outbox row.");
    }

    /// <summary>A timed transition took effect (<paramref name="transition"/> is <c>Paused</c> or <c>Resumed</c>).</summary>
    public void ScheduledFiring(string transition) => firings.Add(1, new KeyValuePair<string, object?>("transition", transition));

    /// <summary>One delivery attempt of an outbox row ended with <paramref name="outcome"/>.</summary>
    public void OutboxDelivery(string kind, string outcome) => deliveries.Add(1, new("kind", kind), new("outcome", outcome));

    /// <summary>One attempt at an inbox row ended with <paramref name="outcome"/> (<c>done</c>, <c>retry</c>, <c>dead</c>, <c>lost</c>).</summary>
    public void InboxHandled(string kind, string outcome) => inbox.Add(1, new("kind", kind), new("outcome", outcome));

    /// <summary>Latest outbox depth and oldest pending age, as read from the database.</summary>
    public void OutboxStats(int depth, TimeSpan oldestAge)
    {
        Interlocked.Exchange(ref outboxDepth, depth);
        Volatile.Write(ref outboxOldestSeconds, oldestAge.TotalSeconds);
    }
}
