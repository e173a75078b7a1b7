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

    /// <summary>The HTTP status of Slack's answer; null when none arrived (<c>timeout</c>, <c>request_failed</c>).</summary>
    public int? StatusCode { get; init; }

    /// <summary>
    /// True when the call may have taken effect although it failed: no answer arrived (<c>timeout</c>,
    /// <c>request_failed</c>), the answer was unreadable (<c>invalid_response</c>), Slack answered 5xx, or Slack said the
    /// operation may have partly succeeded (<c>internal_error</c>, <c>fatal_error</c>). Every other <c>ok:false</c> and a
    /// 429 (<c>ratelimited</c>) mean Slack did nothing. See also <see cref="SlackFailure.MayHaveTakenEffect"/>.
    /// </summary>
    public bool MayHaveTakenEffect =>
        Error is "timeout" or "request_failed" or "invalid_response" or "internal_error" or "fatal_error" || StatusCode >= 500;

    /// <summary>Details from <c>response_metadata.messages</c>, if any.</summary>
    public IReadOnlyList<string> ResponseMessages { get; init; } = [];

    public override string Message =>
        ResponseMessages.Count == 0 ? base.Message : $"{base.Message} ({string.Join("; ", ResponseMessages)})";
}
