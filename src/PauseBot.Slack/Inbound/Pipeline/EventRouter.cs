using System.Text.Json;
using Microsoft.Extensions.Logging;
using PauseBot.Slack.Diagnostics;
using PauseBot.Slack.Handlers;

namespace PauseBot.Slack.Inbound;

/// <summary>
/// Events API: echo <c>url_verification</c>; write <c>event_callback</c>s that have handlers to the inbox and ack 200 once
/// that write is committed (a retry of a stored event is acked and dropped; an inbox that cannot store answers 503, so
/// Slack retries); ack and ignore everything else (<c>app_rate_limited</c>, unknown envelopes and event types, the
/// messages of bots and message subtypes).
/// </summary>
internal sealed class EventRouter(SlackHandlerRegistry registry, ISlackInbox inbox, SlackTelemetry telemetry, ILogger<EventRouter> log)
{
    public async Task<SlackAck> RouteAsync(SlackHttpRequest request, CancellationToken ct)
    {
        if (!SlackAckMessages.IsJson(request.ContentType))
            throw new SlackPayloadException("expected application/json");
        using var document = SlackPayloadParser.ParseObject(request.Body);
        return await RouteAsync(document.RootElement, request.Header(SlackHttpRequest.RetryNumHeader),
            request.Header(SlackHttpRequest.RetryReasonHeader), ct);
    }

    /// <summary>Routes a parsed, already-trusted Events API body (HTTP after the signature check, or a Socket Mode envelope).</summary>
    public async Task<SlackAck> RouteAsync(JsonElement root, string? retryNum, string? retryReason, CancellationToken ct)
    {
        switch (SlackPayloadParser.TypeOf(root))
        {
            case "url_verification":
                return SlackAck.Text(SlackPayloadParser.Deserialize<UrlVerification>(root).Challenge);
            case "event_callback":
                return await StoreAsync(SlackPayloadParser.Deserialize<EventCallback>(root), root, retryNum, retryReason, ct);
            case "app_rate_limited":
                Log.AppRateLimited(log, root.TryGetProperty("team_id", out var team) ? team.ToString() : null);
                return SlackAck.Ok;
            case var other:
                Log.EnvelopeIgnored(log, other);
                return SlackAck.Ok;
        }
    }

    private async Task<SlackAck> StoreAsync(EventCallback envelope, JsonElement root, string? retryNum, string? retryReason, CancellationToken ct)
    {
        var type = envelope.Event.Type;
        Log.EventReceived(log, envelope.TeamId, envelope.EventId, type, retryNum, retryReason);
        if (registry.FindEventHandlers(type).Count == 0)
        {
            Log.EventIgnored(log, envelope.EventId, type);
            return SlackAck.Ok;
        }
        // Bots' messages and subtypes (edits, joins) are dropped before they cost a write; the bot's own user id needs
        // auth.test, so that check waits for the worker.
        if (SelfEventFilter.ShouldIgnore(envelope.Event, me: null))
        {
            Log.EventFromBotIgnored(log, envelope.EventId, type);
            return SlackAck.Ok;
        }
        bool added;
        try
        {
            added = await inbox.AddAsync(InboundDelivery.Event(envelope, root.GetRawText()), ct);
        }
        catch (Exception ex) // cancelled too: never ack what is not stored
        {
            Log.InboxUnavailable(log, ex, "event " + envelope.EventId);
            return SlackAck.TooBusy;
        }
        if (!added)
        {
            Log.EventDuplicate(log, envelope.EventId, retryNum);
            telemetry.EventDeduplicated(type);
        }
        return SlackAck.Ok;
    }
}
