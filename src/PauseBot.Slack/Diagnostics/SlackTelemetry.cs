using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace PauseBot.Slack.Diagnostics;

/// <summary>
/// Metrics and traces of the Slack layer, under the meter and activity source <see cref="Name"/>: slash commands and
/// events handled, events dropped as duplicates, Web API calls by method and outcome, and 429s. Instruments are
/// created from the host's <see cref="IMeterFactory"/> when there is one, so each host (and test) has its own.
/// Tags never carry tokens, secrets or user text.
/// </summary>
public sealed class SlackTelemetry : IDisposable
{
    /// <summary>Meter and activity source name: <c>PauseBot.Slack</c>.</summary>
    public const string Name = "PauseBot.Slack";

    /// <summary>Activity source for command, event and Web API call spans.</summary>
    public static readonly ActivitySource Tracing = new(Name);

    private readonly Meter meter;
    private readonly Counter<long> commands;
    private readonly Counter<long> events;
    private readonly Counter<long> duplicates;
    private readonly Counter<long> apiCalls;
    private readonly Counter<long> rateLimited;

    public SlackTelemetry(IMeterFactory? meterFactory = null)
    {
        meter = meterFactory?.Create(Name) ?? new Meter(Name);
        commands = meter.CreateCounter<long>("pausebot.slack.commands", "{command}", "Slash commands handled, by command and outcome.");
        events = meter.CreateCounter<long>("pausebot.slack.events", "{event}", "Events API callbacks handled (first delivery), by event type.");
        duplicates = meter.CreateCounter<long>("pausebot.slack.events.deduplicated", "{event}", "Event deliveries dropped because their event_id was already handled.");
        apiCalls = meter.CreateCounter<long>("pausebot.slack.api.calls", "{call}", "Slack Web API calls, by method and outcome (ok or Slack's error code).");
        rateLimited = meter.CreateCounter<long>("pausebot.slack.api.rate_limited", "{response}", "Rate-limit answers from Slack (HTTP 429 ratelimited, or chat.postMessage's rate_limited), by method.");
    }

    /// <summary>A slash command finished: outcome is <c>ok</c>, <c>late</c>, <c>error</c> or <c>unknown_command</c>.</summary>
    public void CommandHandled(string command, string outcome) =>
        commands.Add(1, new("slack.command", command), new("outcome", outcome));

    /// <summary>An event was taken for handling (its first delivery across every replica).</summary>
    public void EventHandled(string eventType) => events.Add(1, new KeyValuePair<string, object?>("slack.event_type", eventType));

    /// <summary>A delivery of an already handled <c>event_id</c> was dropped (a retry, or a copy on another replica).</summary>
    public void EventDeduplicated(string eventType) => duplicates.Add(1, new KeyValuePair<string, object?>("slack.event_type", eventType));

    /// <summary>A Web API call ended: <paramref name="outcome"/> is <c>ok</c> or Slack's error code.</summary>
    public void ApiCall(string method, string outcome) => apiCalls.Add(1, new("slack.method", method), new("outcome", outcome));

    /// <summary>Slack answered 429 to one attempt of <paramref name="method"/> (it is retried after Retry-After).</summary>
    public void RateLimited(string method) => rateLimited.Add(1, new KeyValuePair<string, object?>("slack.method", method));

    public void Dispose() => meter.Dispose();
}
