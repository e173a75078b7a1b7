using System.Text.Json;
using Microsoft.Extensions.Logging;
using PauseBot.Slack.Handlers;

namespace PauseBot.Slack.Inbound;

/// <summary>
/// Events API: echo <c>url_verification</c>; queue <c>event_callback</c>s that have handlers and ack 200 at once;
/// ack and ignore everything else (<c>app_rate_limited</c>, unknown envelopes and event types).
/// </summary>
internal sealed class EventRouter(SlackHandlerRegistry registry, SlackEventQueue queue, ILogger<EventRouter> log)
{
    public SlackAck Route(SlackHttpRequest request)
    {
        if (!SlackAckMessages.IsJson(request.ContentType))
            throw new SlackPayloadException("expected application/json");
        using var document = SlackPayloadParser.ParseObject(request.Body);
        return Route(document.RootElement, request.Header(SlackHttpRequest.RetryNumHeader), request.Header(SlackHttpRequest.RetryReasonHeader));
    }

    /// <summary>Routes a parsed, already-trusted Events API body (HTTP after the signature check, or a Socket Mode envelope).</summary>
    public SlackAck Route(JsonElement root, string? retryNum, string? retryReason)
    {
        switch (SlackPayloadParser.TypeOf(root))
        {
            case "url_verification":
                return SlackAck.Text(SlackPayloadParser.Deserialize<UrlVerification>(root).Challenge);
            case "event_callback":
                return Enqueue(SlackPayloadParser.Deserialize<EventCallback>(root), retryNum, retryReason);
            case "app_rate_limited":
                Log.AppRateLimited(log, root.TryGetProperty("team_id", out var team) ? team.ToString() : null);
                return SlackAck.Ok;
            case var other:
                Log.EnvelopeIgnored(log, other);
                return SlackAck.Ok;
        }
    }

    private SlackAck Enqueue(EventCallback envelope, string? retryNum, string? retryReason)
    {
        var type = envelope.Event.Type;
        Log.EventReceived(log, envelope.TeamId, envelope.EventId, type, retryNum, retryReason);
        if (registry.FindEventHandlers(type).Count == 0)
        {
            Log.EventIgnored(log, envelope.EventId, type);
            return SlackAck.Ok;
        }
        if (queue.TryEnqueue(new QueuedEvent(envelope, retryNum)))
            return SlackAck.Ok;
        Log.EventQueueFull(log, envelope.EventId);
        return SlackAck.TooBusy;
    }
}
