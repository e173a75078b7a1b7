using Microsoft.Extensions.Options;
using PauseBot.Configuration;
using PauseBot.Slack.Inbound;

namespace PauseBot.Slack;

/// <summary>The three Slack request URLs. The raw body is read once, size-capped, and handed to the protocol layer.</summary>
public static class SlackEndpoints
{
    /// <summary>
    /// Maps the Slack request URLs, unless no signing secret is configured (a Socket-Mode-only deployment, where every
    /// HTTP request would be refused anyway): then <c>/slack/*</c> answers 404.
    /// </summary>
    public static IEndpointRouteBuilder MapSlackEndpoints(this IEndpointRouteBuilder app)
    {
        if (string.IsNullOrWhiteSpace(app.ServiceProvider.GetRequiredService<IOptions<SlackInboundOptions>>().Value.SigningSecret))
            return app;
        app.MapPost("/slack/commands", (HttpContext http, SlackRequestDispatcher d, IOptions<PauseBotOptions> o) =>
            HandleAsync(http, SlackEndpoint.Commands, d, o.Value));
        app.MapPost("/slack/events", (HttpContext http, SlackRequestDispatcher d, IOptions<PauseBotOptions> o) =>
            HandleAsync(http, SlackEndpoint.Events, d, o.Value));
        app.MapPost("/slack/interactions", (HttpContext http, SlackRequestDispatcher d, IOptions<PauseBotOptions> o) =>
            HandleAsync(http, SlackEndpoint.Interactions, d, o.Value));
        return app;
    }

    private static async Task HandleAsync(HttpContext http, SlackEndpoint endpoint, SlackRequestDispatcher dispatcher, PauseBotOptions options)
    {
        var ct = http.RequestAborted;
        if (http.Request.ContentLength > options.MaxRequestBodyBytes)
        {
            await WriteAsync(http, SlackAck.PayloadTooLarge, ct);
            return;
        }
        var body = await SlackBodyReader.ReadAsync(http.Request.Body, options.MaxRequestBodyBytes, ct, http.Request.ContentLength);
        if (body.TooLarge)
        {
            await WriteAsync(http, SlackAck.PayloadTooLarge, ct);
            return;
        }
        // Only Slack's own headers (signature, timestamp, retries) matter past this point.
        var headers = new Dictionary<string, string>(4, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in http.Request.Headers)
            if (name.StartsWith("X-Slack-", StringComparison.OrdinalIgnoreCase))
                headers[name] = value.ToString();
        var ack = await dispatcher.DispatchAsync(
            new SlackHttpRequest(endpoint, http.Request.ContentType, headers, body.Body), ct);
        await WriteAsync(http, ack, ct);
    }

    private static async Task WriteAsync(HttpContext http, SlackAck ack, CancellationToken ct)
    {
        http.Response.StatusCode = ack.StatusCode;
        if (ack.Headers is { } headers)
            foreach (var (name, value) in headers)
                http.Response.Headers[name] = value;
        if (ack.Body is null) return;
        http.Response.ContentType = ack.ContentType ?? "text/plain; charset=utf-8";
        await http.Response.WriteAsync(ack.Body, ct);
    }
}
