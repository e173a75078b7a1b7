using System.Text.Json;

namespace PauseBot.Slack.Inbound;

/// <summary>
/// The HTTP answer to one Slack request, transport-neutral: the host copies status, content type, headers and body.
/// A null <see cref="Body"/> means an empty body. Slack needs it within 3 seconds
/// (https://docs.slack.dev/interactivity/handling-user-interaction#acknowledgment_response).
/// </summary>
public sealed record SlackAck(int StatusCode, string? ContentType, string? Body)
{
    public const string JsonContentType = "application/json; charset=utf-8";
    public const string TextContentType = "text/plain; charset=utf-8";

    /// <summary>Extra response headers, e.g. <c>X-Slack-No-Retry: 1</c> so Slack does not retry a hopeless event.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = System.Collections.ObjectModel.ReadOnlyDictionary<string, string>.Empty;

    /// <summary>200 with an empty body.</summary>
    public static SlackAck Ok { get; } = new(200, null, null);

    /// <summary>401 without detail (a failed signature check says nothing about why).</summary>
    public static SlackAck Unauthorized { get; } = new(401, null, null);

    /// <summary>413: the body is over the size cap.</summary>
    public static SlackAck PayloadTooLarge { get; } = new(413, null, null);

    /// <summary>503: the delivery could not be stored in the inbox; Slack retries it later.</summary>
    public static SlackAck TooBusy { get; } = new(503, null, null);

    /// <summary>400 with a short plain-text reason (never echoing the body).</summary>
    public static SlackAck BadRequest(string reason) => new(400, TextContentType, reason);

    /// <summary>200 with <paramref name="body"/> serialised with <see cref="SlackJson.Options"/>.</summary>
    public static SlackAck Json(object body) =>
        new(200, JsonContentType, JsonSerializer.Serialize(body, body.GetType(), SlackJson.Options));

    /// <summary>200 with a plain-text body.</summary>
    public static SlackAck Text(string text) => new(200, TextContentType, text);

    /// <summary>This ack with <c>X-Slack-No-Retry: 1</c> added.</summary>
    public SlackAck WithNoRetry() => this with
    {
        Headers = new Dictionary<string, string>(Headers, StringComparer.OrdinalIgnoreCase) { ["X-Slack-No-Retry"] = "1" },
    };
}
