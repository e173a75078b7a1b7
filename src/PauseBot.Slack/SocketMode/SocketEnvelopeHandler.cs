using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using PauseBot.Slack.Inbound;

namespace PauseBot.Slack.SocketMode;

/// <summary>
/// Turns one envelope into its ack: hands the payload to <see cref="SlackRequestDispatcher.DispatchTrustedAsync"/> (the
/// same handlers as HTTP) once per envelope id, and builds <c>{"envelope_id":…}</c>, with the handler's answer as
/// <c>payload</c> when the envelope accepts one. Null means "do not ack" (the inbox could not store it; Slack redelivers).
/// </summary>
internal sealed class SocketEnvelopeHandler(SlackRequestDispatcher dispatcher, EnvelopeLedger ledger, ILogger<SocketEnvelopeHandler> log)
{
    public Task<string?> AckForAsync(EnvelopeFrame envelope, CancellationToken stopping)
    {
        var (ack, duplicate) = ledger.Begin(envelope.EnvelopeId, () => HandleAsync(envelope, stopping));
        if (duplicate)
            Log.SocketEnvelopeDuplicate(log, envelope.EnvelopeId, envelope.Type, envelope.RetryAttempt);
        return ack;
    }

    private async Task<string?> HandleAsync(EnvelopeFrame envelope, CancellationToken stopping)
    {
        SlackEndpoint? endpoint = envelope.Type switch
        {
            "events_api" => SlackEndpoint.Events,
            "slash_commands" => SlackEndpoint.Commands,
            "interactive" => SlackEndpoint.Interactions,
            _ => null,
        };
        if (endpoint is null)
        {
            Log.SocketEnvelopeIgnored(log, envelope.EnvelopeId, envelope.Type);
            return Ack(envelope, null);
        }
        var retryNum = envelope.RetryAttempt is { } n && n > 0 ? n.ToString(CultureInfo.InvariantCulture) : null;
        var retryReason = string.IsNullOrEmpty(envelope.RetryReason) ? null : envelope.RetryReason;
        var result = await dispatcher.DispatchTrustedAsync(
            new SlackTrustedPayload(endpoint.Value, envelope.Payload, retryNum, retryReason), stopping);
        if (result.StatusCode == SlackAck.TooBusy.StatusCode)
        {
            Log.SocketEnvelopeNotAcked(log, envelope.EnvelopeId);
            return null;
        }
        // A 4xx (malformed payload) was logged by the dispatcher; acking stops Slack from retrying something hopeless.
        var payload = result.StatusCode == 200 && envelope.AcceptsResponsePayload && IsJson(result) ? result.Body : null;
        return Ack(envelope, payload);
    }

    private static bool IsJson(SlackAck ack) =>
        ack.Body is { Length: > 0 } && ack.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary><c>{"envelope_id":"…"}</c>, or with <c>"payload":{…}</c> when there is an answer to carry.</summary>
    internal static string Ack(EnvelopeFrame envelope, string? payloadJson)
    {
        var ack = new JsonObject { ["envelope_id"] = envelope.EnvelopeId };
        if (payloadJson is not null)
            ack["payload"] = JsonNode.Parse(payloadJson);
        return ack.ToJsonString(SlackJson.Options);
    }
}
