using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.Timeout;
using PauseBot.Slack.Diagnostics;

namespace PauseBot.Slack.WebApi;

/// <summary>
/// Sends one Web API call (POST <c>{ApiBaseUrl}{method}</c>, bearer token) and turns the answer into a typed response
/// or a <see cref="SlackApiException"/>. Retries happen below, in the HttpClient's resilience handler.
/// </summary>
internal sealed class SlackApiTransport(
    HttpClient http, IOptionsMonitor<SlackApiOptions> options, SlackTelemetry telemetry, ILogger<SlackApiTransport> log)
{
    public Task<T> PostJsonAsync<T>(string method, object args, bool idempotent, CancellationToken ct) where T : SlackApiResponse
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(args, args.GetType(), SlackJson.Options));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return SendAsync<T>(method, content, idempotent, ct);
    }

    /// <summary>A form POST; <paramref name="token"/> replaces the bot token (the app-level token for <c>apps.*</c>).</summary>
    public Task<T> PostFormAsync<T>(string method, IEnumerable<KeyValuePair<string, string?>> args, bool idempotent, CancellationToken ct,
        string? token = null)
        where T : SlackApiResponse =>
        SendAsync<T>(method, new FormUrlEncodedContent(args.Where(a => a.Value is not null)), idempotent, ct, token);

    private async Task<T> SendAsync<T>(string method, HttpContent content, bool idempotent, CancellationToken ct, string? token = null)
        where T : SlackApiResponse
    {
        using var activity = SlackTelemetry.Tracing.StartActivity("slack.api " + method, System.Diagnostics.ActivityKind.Client);
        activity?.SetTag("slack.method", method);
        try
        {
            var result = await SendOnceAsync<T>(method, content, idempotent, ct, token);
            telemetry.ApiCall(method, "ok");
            return result;
        }
        catch (SlackApiException ex)
        {
            telemetry.ApiCall(method, ex.Error);
            if (ex.Error is "http_429" or "ratelimited" or "rate_limited") telemetry.RateLimited(method);
            activity?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, ex.Error);
            throw;
        }
    }

    private async Task<T> SendOnceAsync<T>(string method, HttpContent content, bool idempotent, CancellationToken ct, string? token)
        where T : SlackApiResponse
    {
        var settings = options.CurrentValue;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(BaseUrl(settings.ApiBaseUrl), method)) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? settings.BotToken);
        request.Options.Set(SlackResilience.Idempotent, idempotent);
        Log.ApiCall(log, method);

        using var response = await SendOrThrowAsync(method, request, ct);
        var body = await response.Content.ReadAsByteArrayAsync(ct);
        var result = TryParse<T>(body);
        if (result is { Ok: false } failed)
            throw new SlackApiException(method, failed.Error ?? "unknown_error")
            {
                ResponseMessages = failed.ResponseMetadata?.Messages ?? [], StatusCode = (int)response.StatusCode,
            };
        if (response.StatusCode != HttpStatusCode.OK)
            throw new SlackApiException(method, $"http_{(int)response.StatusCode}") { StatusCode = (int)response.StatusCode };
        if (result is null)
            throw new SlackApiException(method, "invalid_response");
        if (result.Warning is { } warning)
            Log.ApiWarning(log, method, warning);
        return result;
    }

    internal static async Task<HttpResponseMessage> SendWithErrorsAsync(HttpClient http, string method, HttpRequestMessage request, CancellationToken ct)
    {
        try
        {
            return await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException
                                   || (ex is OperationCanceledException && !ct.IsCancellationRequested))
        {
            throw new SlackApiException(method, ex is HttpRequestException ? "request_failed" : "timeout", ex);
        }
    }

    private Task<HttpResponseMessage> SendOrThrowAsync(string method, HttpRequestMessage request, CancellationToken ct) =>
        SendWithErrorsAsync(http, method, request, ct);

    private static T? TryParse<T>(byte[] body) where T : SlackApiResponse
    {
        try
        {
            return JsonSerializer.Deserialize<T>(body, SlackJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static Uri BaseUrl(Uri configured) =>
        configured.AbsoluteUri.EndsWith('/') ? configured : new Uri(configured.AbsoluteUri + "/");
}
