using PauseBot.Core.Pauses;

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

    /// <summary>The bot's public base URL (e.g. <c>https://pausebot.example.com</c>), used for export links. Default none:
    /// <c>/pausebot export</c> then explains how to call the CSV endpoint with an API key instead.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>How long a signed export link works. Default 24 h.</summary>
    public TimeSpan ExportLinkLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>A webhook receiver that has failed every delivery for this long is disabled and the admins are told. Default 24 h.</summary>
    public TimeSpan WebhookDisableAfter { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long one webhook POST may take before it counts as failed (and is retried). Default 10 s.</summary>
    public TimeSpan WebhookTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How far back a lead may put a pause's cutoff (<c>/pause … --at yesterday 09:00</c>, after a confirmation). Zero: cutoffs
    /// can't be backdated. Default 7 days.
    /// </summary>
    public TimeSpan MaxBackdate { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// Which instant ends billable work when a pause's cutoff lies before its announcement: <c>Cutoff</c> (default; hours from the
    /// cutoff on are not billable, also those worked before the announcement) or <c>Announcement</c> (billable until announced).
    /// Each pause keeps the policy it was made under.
    /// </summary>
    public BackdatePolicy BackdatePolicy { get; set; } = BackdatePolicy.Cutoff;

    public bool IsAdmin(string userId) => Admins.Contains(userId, StringComparer.Ordinal);
}
