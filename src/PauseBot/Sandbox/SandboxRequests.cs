using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using PauseBot.Slack.Signing;

namespace PauseBot.Sandbox;

/// <summary>
/// Plays Slack's part towards the bot: posts to the bot's own <c>/slack/*</c> URLs over loopback HTTP, signed with the
/// sandbox's signing secret exactly as Slack signs (<c>v0:{timestamp}:{raw body}</c>), so every request goes through
/// the same verification, parsing and routing as in production.
/// </summary>
public sealed class SandboxRequests(HttpClient http, SandboxSettings settings, TimeProvider time)
{
    public const string HttpClientName = "sandbox-slack";

    /// <summary>Posts a form body (<c>application/x-www-form-urlencoded</c>) to <paramref name="path"/>.</summary>
    public Task<SandboxReply> PostFormAsync(string path, IEnumerable<(string Name, string Value)> fields, CancellationToken ct) =>
        PostAsync(path, "application/x-www-form-urlencoded", string.Join('&', fields.Select(f => $"{Encode(f.Name)}={Encode(f.Value)}")), ct);

    /// <summary>Posts a JSON body to <paramref name="path"/>.</summary>
    public Task<SandboxReply> PostJsonAsync(string path, string json, CancellationToken ct) => PostAsync(path, "application/json", json, ct);

    private async Task<SandboxReply> PostAsync(string path, string contentType, string body, CancellationToken ct)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(settings.SelfUrl, path)) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.TryAddWithoutValidation("X-Slack-Request-Timestamp", timestamp);
        request.Headers.TryAddWithoutValidation("X-Slack-Signature", SlackSignatureVerifier.ComputeSignature(settings.SigningSecret, timestamp, bytes));
        try
        {
            using var response = await http.SendAsync(request, ct);
            return new SandboxReply((int)response.StatusCode, await response.Content.ReadAsStringAsync(ct));
        }
        catch (Exception ex) when (ex is HttpRequestException || (ex is TaskCanceledException && !ct.IsCancellationRequested))
        {
            // Slack reports an app that did not answer in time as operation_timeout.
            return new SandboxReply(0, "operation_timeout");
        }
    }

    // Slack's form bodies: space as '+', everything but unreserved characters percent-encoded (UTF-8).
    private static string Encode(string value) => Uri.EscapeDataString(value).Replace("%20", "+", StringComparison.Ordinal);
}

/// <summary>What the bot answered: HTTP status (0 when it did not answer) and body.</summary>
public sealed record SandboxReply(int Status, string Body)
{
    public bool IsOk => Status == 200;
}
