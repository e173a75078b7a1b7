using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using PauseBot.Slack.Blocks;
using PauseBot.Slack.Handlers;

namespace PauseBot.Slack.WebApi;

/// <summary>Plain JSON POST to a <c>response_url</c>. The URL is a credential of sorts, so it is never logged.</summary>
internal sealed class ResponseUrlClient(HttpClient http, ILogger<ResponseUrlClient> log) : IResponseUrlClient
{
    private const string Method = "response_url";

    public async Task PostAsync(string responseUrl, SlackResponse response, CancellationToken ct = default)
    {
        if (!Uri.TryCreate(responseUrl, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
            throw new ArgumentException("response_url must be an absolute http(s) URL.", nameof(responseUrl));
        BlockKitLimits.EnsureMessage(response.Blocks);
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(response, SlackJson.Options));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
        request.Options.Set(SlackResilience.Idempotent, false);
        using var answer = await SlackApiTransport.SendWithErrorsAsync(http, Method, request, ct);
        if (!answer.IsSuccessStatusCode)
            throw new SlackApiException(Method, $"http_{(int)answer.StatusCode}") { StatusCode = (int)answer.StatusCode };
        Log.ResponseUrlPosted(log, response.ResponseType);
    }
}
