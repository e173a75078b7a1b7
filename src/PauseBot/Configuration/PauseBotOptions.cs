namespace PauseBot.Configuration;

/// <summary>Configuration section <c>PauseBot</c>: product behaviour.</summary>
public sealed class PauseBotOptions
{
    public const string Section = "PauseBot";

    /// <summary>Slack user ids allowed to manage projects. Default none.</summary>
    public List<string> Admins { get; set; } = [];

    /// <summary>How often the due-transitions sweep looks for scheduled pauses and resumes. Default 1 s.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// When a promised update does not come, the next one is promised this much later (moved off quiet days).
    /// Default 24 h.
    /// </summary>
    public TimeSpan PromiseInterval { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long a user's channel memberships are cached for visibility checks. Default 60 s.</summary>
    public TimeSpan MembershipCacheTime { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Largest inbound Slack request body accepted. Default 1 MiB.</summary>
    public int MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    public bool IsAdmin(string userId) => Admins.Contains(userId, StringComparer.Ordinal);
}
