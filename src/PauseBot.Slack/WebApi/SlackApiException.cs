namespace PauseBot.Slack.WebApi;

/// <summary>
/// A Slack Web API call failed: <see cref="Error"/> is Slack's error code (<c>channel_not_found</c>, <c>ratelimited</c>, ...)
/// or a synthetic one (<c>http_502</c>, <c>invalid_response</c>, <c>timeout</c>, <c>request_failed</c>).
/// https://docs.slack.dev/apis/web-api/#evaluating_responses
/// </summary>
public sealed class SlackApiException(string method, string error, Exception? innerException = null)
    : Exception($"Slack API {method} failed: {error}", innerException)
{
    public string Method { get; } = method;

    public string Error { get; } = error;

    /// <summary>Details from <c>response_metadata.messages</c>, if any.</summary>
    public IReadOnlyList<string> ResponseMessages { get; init; } = [];

    public override string Message =>
        ResponseMessages.Count == 0 ? base.Message : $"{base.Message} ({string.Join("; ", ResponseMessages)})";
}
