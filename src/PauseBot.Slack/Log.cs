using Microsoft.Extensions.Logging;
using PauseBot.Slack.Handlers;
using PauseBot.Slack.Inbound;
using PauseBot.Slack.Signing;

namespace PauseBot.Slack;

/// <summary>All log messages of the Slack layer. Never pass tokens, secrets or response_urls; raw bodies only at Trace.</summary>
internal static partial class Log
{
    // Inbound: verification and dispatch
    [LoggerMessage(1, LogLevel.Error, "Slack signing secret is not configured; rejecting every request")]
    public static partial void SigningSecretMissing(ILogger logger);

    [LoggerMessage(2, LogLevel.Warning, "Slack {Endpoint} request rejected: {Check}")]
    public static partial void SignatureRejected(ILogger logger, SlackEndpoint endpoint, SignatureCheck check);

    [LoggerMessage(3, LogLevel.Error, "Slack signature check failed")]
    public static partial void SignatureCheckFailed(ILogger logger, Exception exception);

    [LoggerMessage(4, LogLevel.Trace, "Slack {Endpoint} raw body: {Body}")]
    public static partial void RawBody(ILogger logger, SlackEndpoint endpoint, string body);

    [LoggerMessage(5, LogLevel.Warning, "Slack {Endpoint} payload rejected: {Reason}")]
    public static partial void PayloadRejected(ILogger logger, SlackEndpoint endpoint, string reason);

    [LoggerMessage(6, LogLevel.Error, "Slack {Endpoint} request failed")]
    public static partial void DispatchFailed(ILogger logger, Exception exception, SlackEndpoint endpoint);

    [LoggerMessage(7, LogLevel.Error, "Slack background work failed")]
    public static partial void BackgroundWorkFailed(ILogger logger, Exception exception);

    // Commands
    [LoggerMessage(10, LogLevel.Information, "Slash command {Command} from {UserId} in {TeamId}/{ChannelId}")]
    public static partial void CommandReceived(ILogger logger, string teamId, string channelId, string userId, string command);

    [LoggerMessage(11, LogLevel.Warning, "Unknown slash command {Command}")]
    public static partial void CommandUnknown(ILogger logger, string command);

    [LoggerMessage(12, LogLevel.Information, "Slash command {Command} overran the ack budget; its result goes to response_url")]
    public static partial void CommandSlow(ILogger logger, string command);

    [LoggerMessage(13, LogLevel.Error, "Slash command {Command} handler failed")]
    public static partial void CommandHandlerFailed(ILogger logger, Exception exception, string command);

    [LoggerMessage(14, LogLevel.Error, "Posting the result of {Command} to response_url failed")]
    public static partial void ResponseUrlFailed(ILogger logger, Exception exception, string command);

    // Events
    [LoggerMessage(20, LogLevel.Debug, "Event {EventId} ({EventType}) from {TeamId}, retry {RetryNum} ({RetryReason})")]
    public static partial void EventReceived(ILogger logger, string? teamId, string eventId, string eventType, string? retryNum, string? retryReason);

    [LoggerMessage(21, LogLevel.Debug, "Event {EventId} ({EventType}) has no handler; ignored")]
    public static partial void EventIgnored(ILogger logger, string eventId, string eventType);

    [LoggerMessage(22, LogLevel.Error, "The inbox could not store {Delivery}; answered 503 so Slack delivers it again")]
    public static partial void InboxUnavailable(ILogger logger, Exception exception, string delivery);

    [LoggerMessage(23, LogLevel.Warning, "Slack rate-limited event deliveries to {TeamId} (app_rate_limited)")]
    public static partial void AppRateLimited(ILogger logger, string? teamId);

    [LoggerMessage(24, LogLevel.Debug, "Events envelope {EnvelopeType} ignored")]
    public static partial void EnvelopeIgnored(ILogger logger, string envelopeType);

    [LoggerMessage(25, LogLevel.Information, "Event {EventId} already handled; retry {RetryNum} skipped")]
    public static partial void EventDuplicate(ILogger logger, string eventId, string? retryNum);

    [LoggerMessage(26, LogLevel.Debug, "Event {EventId} ({EventType}) is from a bot or a message subtype; ignored")]
    public static partial void EventFromBotIgnored(ILogger logger, string eventId, string eventType);


    [LoggerMessage(29, LogLevel.Warning, "Bot identity (auth.test) unavailable; only bot_id/subtype filtering applies")]
    public static partial void BotIdentityUnavailable(ILogger logger, Exception exception);

    // Interactions
    [LoggerMessage(30, LogLevel.Debug, "Interaction {PayloadType} ignored")]
    public static partial void InteractionIgnored(ILogger logger, string payloadType);

    [LoggerMessage(31, LogLevel.Information, "Block action {ActionId} from {UserId} in {TeamId}")]
    public static partial void BlockActionReceived(ILogger logger, string? teamId, string userId, string actionId);

    [LoggerMessage(32, LogLevel.Debug, "Block action {ActionId} has no handler; ignored")]
    public static partial void BlockActionUnhandled(ILogger logger, string actionId);

    [LoggerMessage(33, LogLevel.Warning, "Posting the answer to block action {ActionId} to response_url failed (the click itself is saved)")]
    public static partial void BlockActionResponseFailed(ILogger logger, Exception exception, string actionId);

    [LoggerMessage(34, LogLevel.Warning, "Block action {ActionId} returned a message but the payload has no response_url")]
    public static partial void BlockActionNoResponseUrl(ILogger logger, string actionId);

    [LoggerMessage(35, LogLevel.Information, "View submission {CallbackId} from {UserId} in {TeamId}")]
    public static partial void ViewSubmissionReceived(ILogger logger, string? teamId, string userId, string callbackId);

    [LoggerMessage(36, LogLevel.Warning, "View submission {CallbackId} has no handler; modal closed")]
    public static partial void ViewSubmissionUnhandled(ILogger logger, string callbackId);

    [LoggerMessage(39, LogLevel.Information, "Interaction {Label} is stored already (a redelivery or a second submit); acked and dropped")]
    public static partial void InteractionDuplicate(ILogger logger, string label);

    [LoggerMessage(37, LogLevel.Warning, "View submission {CallbackId} finished after the ack budget; its answer was dropped (a failure is tried again from the inbox)")]
    public static partial void ViewSubmissionLate(ILogger logger, Exception? exception, string callbackId);

    [LoggerMessage(38, LogLevel.Error, "View submission {CallbackId} handler failed")]
    public static partial void ViewSubmissionHandlerFailed(ILogger logger, Exception exception, string callbackId);

    // Web API
    [LoggerMessage(40, LogLevel.Debug, "Slack API {Method}")]
    public static partial void ApiCall(ILogger logger, string method);

    [LoggerMessage(41, LogLevel.Warning, "Slack API {Method} retry {Attempt} after {StatusCode}{Exception}, waiting {Delay}")]
    public static partial void ApiRetry(ILogger logger, string method, int attempt, int? statusCode, string? exception, TimeSpan delay);

    [LoggerMessage(42, LogLevel.Warning, "Slack API {Method} warning: {Warning}")]
    public static partial void ApiWarning(ILogger logger, string method, string warning);

    [LoggerMessage(43, LogLevel.Debug, "Posted a {ResponseType} message to a response_url")]
    public static partial void ResponseUrlPosted(ILogger logger, ResponseType responseType);

    // Socket Mode
    [LoggerMessage(50, LogLevel.Information, "Socket Mode connection {ConnectionId} open ({NumConnections} open at Slack, expected lifetime {LifetimeSeconds} s)")]
    public static partial void SocketConnected(ILogger logger, int connectionId, int? numConnections, int? lifetimeSeconds);

    [LoggerMessage(51, LogLevel.Warning, "Socket Mode connect attempt failed ({Reason}); retrying in {Delay}")]
    public static partial void SocketConnectFailed(ILogger logger, Exception? exception, string reason, TimeSpan delay);

    [LoggerMessage(52, LogLevel.Information, "Socket Mode connection {ConnectionId}: Slack asked to disconnect ({Reason}); opening a replacement first")]
    public static partial void SocketDisconnectRequested(ILogger logger, int connectionId, string reason);

    [LoggerMessage(53, LogLevel.Warning, "Socket Mode connection {ConnectionId} dropped; reconnecting in {Delay}")]
    public static partial void SocketDropped(ILogger logger, Exception? exception, int connectionId, TimeSpan delay);

    [LoggerMessage(54, LogLevel.Critical, "Socket Mode stopped and will not reconnect: {Reason}")]
    public static partial void SocketHalted(ILogger logger, string reason);

    [LoggerMessage(55, LogLevel.Debug, "Socket Mode connection {ConnectionId} closed")]
    public static partial void SocketClosed(ILogger logger, int connectionId);

    [LoggerMessage(56, LogLevel.Debug, "Socket Mode envelope {EnvelopeId} ({EnvelopeType}) on connection {ConnectionId}, retry {RetryAttempt}")]
    public static partial void SocketEnvelopeReceived(ILogger logger, int connectionId, string envelopeId, string envelopeType, int? retryAttempt);

    [LoggerMessage(57, LogLevel.Information, "Socket Mode envelope {EnvelopeId} ({EnvelopeType}) delivered again (retry {RetryAttempt}); acked without handling it twice")]
    public static partial void SocketEnvelopeDuplicate(ILogger logger, string envelopeId, string envelopeType, int? retryAttempt);

    [LoggerMessage(58, LogLevel.Warning, "Socket Mode envelope {EnvelopeId} of unknown type {EnvelopeType}; acked and ignored")]
    public static partial void SocketEnvelopeIgnored(ILogger logger, string envelopeId, string envelopeType);

    [LoggerMessage(59, LogLevel.Error, "Socket Mode envelope {EnvelopeId} not acked: the event queue is full; Slack will redeliver it")]
    public static partial void SocketEnvelopeNotAcked(ILogger logger, string envelopeId);

    [LoggerMessage(60, LogLevel.Information, "Socket Mode ack for {EnvelopeId} lost with connection {ConnectionId}; Slack redelivers it")]
    public static partial void SocketAckLost(ILogger logger, int connectionId, string envelopeId);

    [LoggerMessage(61, LogLevel.Error, "Socket Mode envelope {EnvelopeId} failed")]
    public static partial void SocketEnvelopeFailed(ILogger logger, Exception exception, string envelopeId);

    [LoggerMessage(62, LogLevel.Warning, "Socket Mode connection {ConnectionId}: ignored a message ({FrameType}: {Reason})")]
    public static partial void SocketFrameIgnored(ILogger logger, int connectionId, string? frameType, string reason);

    [LoggerMessage(63, LogLevel.Trace, "Socket Mode connection {ConnectionId} raw message: {Message}")]
    public static partial void SocketRawMessage(ILogger logger, int connectionId, string message);
}
