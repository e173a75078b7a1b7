using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PauseBot.Slack.Signing;

namespace PauseBot.Slack.Inbound;

/// <summary>
/// The one entry point for Slack HTTP requests: verify the signature first (401 on any failure), then parse and route
/// by endpoint. Never throws: malformed signed bodies get 400 with a short reason, handler failures a 200 with an
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

    public async Task<SlackAck> DispatchAsync(SlackHttpRequest request, CancellationToken ct)
    {
        if (!IsAuthentic(request))
            return SlackAck.Unauthorized;
        if (log.IsEnabled(LogLevel.Trace))
            Log.RawBody(log, request.Endpoint, System.Text.Encoding.UTF8.GetString(request.Body.Span));
        try
        {
            return request.Endpoint switch
            {
                SlackEndpoint.Commands => await commands.RouteAsync(request, ct),
                SlackEndpoint.Events => events.Route(request),
                SlackEndpoint.Interactions => await interactions.RouteAsync(request, ct),
                _ => SlackAck.BadRequest("unknown endpoint"),
            };
        }
        catch (SlackPayloadException ex)
        {
            Log.PayloadRejected(log, request.Endpoint, ex.Message);
            var ack = SlackAck.BadRequest(ex.Message);
            return request.Endpoint == SlackEndpoint.Events ? ack.WithNoRetry() : ack;
        }
        catch (Exception ex)
        {
            Log.DispatchFailed(log, ex, request.Endpoint);
            return request.Endpoint == SlackEndpoint.Commands ? SlackAck.Json(SlackAckMessages.Failure) : SlackAck.Ok;
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
