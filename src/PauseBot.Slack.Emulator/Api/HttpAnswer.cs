using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace PauseBot.Slack.Emulator;

/// <summary>An answer to send: status, body and optional Retry-After.</summary>
internal sealed record HttpAnswer(int Status, string Body, string ContentType, JsonNode? Json, string? Error, TimeSpan? RetryAfter = null)
{
    private const string JsonType = "application/json; charset=utf-8";

    public bool Ok => Status == 200 && Error is null;

    public static HttpAnswer FromJson(JsonObject body) =>
        new(200, body.ToJsonString(), JsonType, body, body["ok"]?.GetValue<bool>() == true ? null : body["error"]?.ToString());

    public static HttpAnswer SlackError(string error, IReadOnlyList<string>? messages = null, JsonObject? fields = null)
    {
        var body = new JsonObject { ["ok"] = false, ["error"] = error };
        foreach (var (key, value) in fields ?? []) body[key] = value?.DeepClone();
        if (messages is { Count: > 0 })
            body["response_metadata"] = new JsonObject { ["messages"] = new JsonArray([.. messages.Select(m => (JsonNode?)m)]) };
        return FromJson(body);
    }

    public static HttpAnswer RateLimited(TimeSpan retryAfter)
    {
        var body = new JsonObject { ["ok"] = false, ["error"] = "ratelimited" };
        return new HttpAnswer(429, body.ToJsonString(), JsonType, body, "ratelimited", retryAfter);
    }

    public static HttpAnswer Page(int status) => new(status,
        $"<html><head><title>{status}</title></head><body><h1>{status} {ReasonPhrases.GetReasonPhrase(status)}</h1><p>Slack emulator: injected failure.</p></body></html>",
        "text/html; charset=utf-8", null, null);

    public static HttpAnswer Text(int status, string text, string? error) => new(status, text, "text/plain; charset=utf-8", null, error);

    /// <summary>No answer at all: writing it closes the connection (recorded as status 0, <c>connection_dropped</c>).</summary>
    public static HttpAnswer Dropped { get; } = new(0, "", "", null, "connection_dropped");

    public async Task WriteAsync(HttpResponse response)
    {
        if (Status == 0)
        {
            response.HttpContext.Abort();
            return;
        }
        response.StatusCode = Status;
        response.ContentType = ContentType;
        if (RetryAfter is { } ra)
            response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(ra.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        await response.WriteAsync(Body).ConfigureAwait(false);
    }
}
