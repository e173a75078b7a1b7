using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PauseBot.Slack.Signing;

namespace PauseBot.Slack.Inbound;

/// <summary>
/// The one entry point for Slack requests: HTTP requests are verified first (401 on any failure), then parsed and routed
/// by endpoint; Socket Mode payloads enter already trusted through <see cref="DispatchTrustedAsync"/>. Never throws: malformed signed bodies get 400 with a short reason, handler failures a 200 with an
/// apology; Slack must never see a 500. https://docs.slack.dev/authentication/verifying-requests-from-slack
/// </summary>
public sealed class SlackRequestDispatcher
{
    private readonly SlackSignatureVerifier verifier;
    private readonly IOptionsMonitor<SlackInboundOptions> options;
    private readonly CommandRouter commands;
    private readonly EventRouter events;
    private readonly InteractionRouter interactions;
    private readonly ILogger<SlackRequestDispatcher> log;

    internal SlackRequestDispatcher(SlackSignatureVerifier verifier, IOptionsMonitor<SlackInboundOptions> options,
        CommandRouter commands, EventRouter events, InteractionRouter interactions, ILogger<SlackRequestDispatcher> log)
    {
        (this.verifier, this.options, this.log) = (verifier, options, log);
        (this.commands, this.events, this.interactions) = (commands, events, interactions);
    }

    /// <summary>An HTTP request: 401 unless the signature is valid, then parsed and routed by endpoint.</summary>
    public async Task<SlackAck> DispatchAsync(SlackHttpRequest request, CancellationToken ct)
    {
        if (!IsAuthentic(request))
            return SlackAck.Unauthorized;
        if (log.IsEnabled(LogLevel.Trace))
            Log.RawBody(log, request.Endpoint, System.Text.Encoding.UTF8.GetString(request.Body.Span));
        return await GuardAsync(request.Endpoint, () => request.Endpoint switch
        {
            SlackEndpoint.Commands => commands.RouteAsync(request, ct),
            SlackEndpoint.Events => events.RouteAsync(request, ct),
            SlackEndpoint.Interactions => interactions.RouteAsync(request, ct),
            _ => Task.FromResult(SlackAck.BadRequest("unknown endpoint")),
        });
    }

    /// <summary>
    /// A payload that arrived over an already-trusted channel (a Socket Mode envelope, where Slack does not sign):
    /// no signature check; routed to the same handlers as HTTP with the same ack semantics (<see cref="SlackAck"/>).
    /// <see cref="SlackTrustedPayload.Payload"/> is the JSON Slack would have sent over HTTP (commands: their fields).
    /// https://docs.slack.dev/apis/events-api/using-socket-mode
    /// </summary>
    public async Task<SlackAck> DispatchTrustedAsync(SlackTrustedPayload delivery, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        if (log.IsEnabled(LogLevel.Trace))
            Log.RawBody(log, delivery.Endpoint, delivery.Payload.GetRawText());
        return await GuardAsync(delivery.Endpoint, () =>
        {
            if (delivery.Payload.ValueKind != JsonValueKind.Object)
                throw new SlackPayloadException("payload is not a JSON object");
            return delivery.Endpoint switch
            {
                SlackEndpoint.Commands => commands.RouteAsync(SlackPayloadParser.SlashCommandFromJson(delivery.Payload), ct),
                SlackEndpoint.Events => events.RouteAsync(delivery.Payload, delivery.RetryNum, delivery.RetryReason, ct),
                SlackEndpoint.Interactions => interactions.RouteAsync(delivery.Payload, ct),
                _ => Task.FromResult(SlackAck.BadRequest("unknown endpoint")),
            };
        });
    }

    private async Task<SlackAck> GuardAsync(SlackEndpoint endpoint, Func<Task<SlackAck>> route)
    {
        try
        {
            return await route();
        }
        catch (SlackPayloadException ex)
        {
            Log.PayloadRejected(log, endpoint, ex.Message);
            var ack = SlackAck.BadRequest(ex.Message);
            return endpoint == SlackEndpoint.Events ? ack.WithNoRetry() : ack;
        }
        catch (Exception ex)
        {
            Log.DispatchFailed(log, ex, endpoint);
            return endpoint == SlackEndpoint.Commands ? SlackAck.Json(SlackAckMessages.Failure) : SlackAck.Ok;
        }
    }

    private bool IsAuthentic(SlackHttpRequest request)
    {
        try
        {
            var secret = options.CurrentValue.SigningSecret;
            if (string.IsNullOrWhiteSpace(secret))
            {
                Log.SigningSecretMissing(log);
                return false;
            }
            var check = verifier.Verify(secret, request.Header(SlackHttpRequest.TimestampHeader),
                request.Header(SlackHttpRequest.SignatureHeader), request.Body.Span);
            if (check == SignatureCheck.Valid) return true;
            Log.SignatureRejected(log, request.Endpoint, check);
            return false;
        }
        catch (Exception ex)
        {
            Log.SignatureCheckFailed(log, ex);
            return false;
        }
    }
}
