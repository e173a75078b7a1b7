namespace PauseBot.Slack;

/// <summary>
/// Optional: told about every HTTP 429 the Web API client receives (before it waits <c>Retry-After</c> and retries), so
/// a sender can slow its own pace. Register one as a singleton; the client works without it.
/// See https://docs.slack.dev/apis/web-api/rate-limits.
/// </summary>
public interface ISlackRateLimitObserver
{
    /// <summary>Slack answered <paramref name="method"/> with 429 and asked to wait <paramref name="retryAfter"/>.</summary>
    void RateLimited(string method, TimeSpan retryAfter);
}
