namespace PauseBot.Slack.WebApi;

/// <summary>Settings for the Slack Web API client (bind a section with <c>AddOptions&lt;SlackApiOptions&gt;().Bind(...)</c>).</summary>
public sealed class SlackApiOptions
{
    /// <summary>Bot token (<c>xoxb-…</c>), sent only as <c>Authorization: Bearer</c>. Required; no default. Never logged.</summary>
    public string BotToken { get; set; } = "";

    /// <summary>Web API base URL; methods are appended (<c>{ApiBaseUrl}chat.postMessage</c>). Default <c>https://slack.com/api/</c>.</summary>
    public Uri ApiBaseUrl { get; set; } = new("https://slack.com/api/");

    /// <summary>Timeout of one HTTP attempt. Default 10 seconds.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Timeout of one call including all retries and <c>Retry-After</c> waits. Default 3 minutes.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>Retries after the first attempt (429 always; 5xx/408/network errors only for idempotent methods). Default 3.</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>Base of the exponential backoff (with jitter) for 5xx/408/network retries. Default 1 second.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest <c>Retry-After</c> wait honoured on 429; longer values are capped. Default 60 seconds (1 s when the header is missing).</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);
}
