using System.Globalization;
using System.Text;
using PauseBot.Slack.Inbound;
using PauseBot.Slack.Signing;

namespace PauseBot.Slack.Tests.TestSupport;

/// <summary>Builds requests signed the way Slack signs them.</summary>
internal static class SignedRequests
{
    public const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    public const string Form = "application/x-www-form-urlencoded";
    public const string Json = "application/json";

    public static SlackHttpRequest Create(SlackEndpoint endpoint, string contentType, byte[] body, TimeProvider time,
        string? retryNum = null, string secret = Secret)
    {
        var ts = time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var headers = new Dictionary<string, string>
        {
            ["x-slack-request-timestamp"] = ts, // lower case on purpose: lookups must ignore case
            ["X-Slack-Signature"] = SlackSignatureVerifier.ComputeSignature(secret, ts, body),
        };
        if (retryNum is not null) headers["X-Slack-Retry-Num"] = retryNum;
        return new SlackHttpRequest(endpoint, contentType, headers, body);
    }

    public static SlackHttpRequest Command(string command, string text, TimeProvider time) =>
        Create(SlackEndpoint.Commands, Form, Encoding.UTF8.GetBytes(
            "token=t&team_id=T111&team_domain=d&channel_id=C111&channel_name=random&user_id=U111&user_name=u" +
            $"&command={Uri.EscapeDataString(command)}&text={Uri.EscapeDataString(text).Replace("%20", "+")}" +
            "&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT111%2F1%2Fx&trigger_id=1.2.3"), time);

    public static SlackHttpRequest Interaction(string payloadJson, TimeProvider time) =>
        Create(SlackEndpoint.Interactions, Form, Encoding.UTF8.GetBytes("payload=" + Uri.EscapeDataString(payloadJson)), time);
}
