namespace PauseBot.TimeTracking;

/// <summary>
/// Section <c>TimeTracking</c>. Every connector is optional and enabled when its credentials are set; setting only some of
/// them is a startup error that names the missing keys (see <see cref="TimeTrackingConfiguration.Problems"/>).
/// </summary>
public sealed class TimeTrackingOptions
{
    public const string Section = "TimeTracking";

    /// <summary>Harvest (API v2).</summary>
    public HarvestOptions Harvest { get; set; } = new();

    /// <summary>Toggl Track (API v9, Reports API v3).</summary>
    public TogglOptions Toggl { get; set; } = new();

    /// <summary>Clockify (API v1).</summary>
    public ClockifyOptions Clockify { get; set; } = new();

    /// <summary>How often a paused project's linked tracker is read for hours logged after the cutoff. Default 15 minutes.</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(15);
}

/// <summary>Section <c>TimeTracking:Harvest</c>; enabled when <see cref="AccessToken"/> and <see cref="AccountId"/> are set.</summary>
public sealed class HarvestOptions
{
    /// <summary>A personal access token (https://id.getharvest.com/developers), sent as <c>Authorization: Bearer</c>. Never logged.</summary>
    public string? AccessToken { get; set; }

    /// <summary>The Harvest account id, sent as <c>Harvest-Account-Id</c>.</summary>
    public string? AccountId { get; set; }

    /// <summary>Scheme and host the documented paths are appended to (<c>PATCH {BaseUrl}/v2/projects/{id}</c>). Default <c>https://api.harvestapp.com</c>.</summary>
    public Uri BaseUrl { get; set; } = new("https://api.harvestapp.com");

    /// <summary>
    /// The <c>User-Agent</c> Harvest requires: the app's name and a contact link or email, e.g. <c>PauseBot (ops@example.com)</c>.
    /// Default <c>PauseBot</c>.
    /// </summary>
    public string UserAgent { get; set; } = "PauseBot";

    internal bool Enabled => !string.IsNullOrWhiteSpace(AccessToken) && !string.IsNullOrWhiteSpace(AccountId);
}

/// <summary>Section <c>TimeTracking:Toggl</c>; enabled when <see cref="ApiToken"/> and <see cref="WorkspaceId"/> are set.</summary>
public sealed class TogglOptions
{
    /// <summary>The API token of a workspace admin (Profile settings), sent as HTTP basic auth <c>{token}:api_token</c>. Never logged.</summary>
    public string? ApiToken { get; set; }

    /// <summary>The numeric workspace id the linked projects are in.</summary>
    public string? WorkspaceId { get; set; }

    /// <summary>Root the documented paths are appended to (<c>{BaseUrl}/api/v9/…</c>, <c>{BaseUrl}/reports/api/v3/…</c>). Default <c>https://api.track.toggl.com</c>.</summary>
    public Uri BaseUrl { get; set; } = new("https://api.track.toggl.com");

    internal bool Enabled => !string.IsNullOrWhiteSpace(ApiToken) && !string.IsNullOrWhiteSpace(WorkspaceId);
}

/// <summary>Section <c>TimeTracking:Clockify</c>; enabled when <see cref="ApiKey"/> and <see cref="WorkspaceId"/> are set.</summary>
public sealed class ClockifyOptions
{
    /// <summary>An API key of a workspace admin (Profile settings → API), sent as <c>X-Api-Key</c>. Never logged.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The workspace id the linked projects are in.</summary>
    public string? WorkspaceId { get; set; }

    /// <summary>Root the documented paths are appended to (<c>{BaseUrl}/v1/workspaces/…</c>). Default <c>https://api.clockify.me/api</c>.</summary>
    public Uri BaseUrl { get; set; } = new("https://api.clockify.me/api");

    internal bool Enabled => !string.IsNullOrWhiteSpace(ApiKey) && !string.IsNullOrWhiteSpace(WorkspaceId);
}

/// <summary>
/// The HTTP behaviour of every tracker client: one resilience pipeline (total timeout → retry → attempt timeout). Not bound
/// from configuration; the defaults suit the vendors' documented limits, tests shorten them.
/// </summary>
public sealed class TrackerHttpOptions
{
    /// <summary>Timeout of one HTTP attempt. Default 15 seconds.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Timeout of one call including retries and <c>Retry-After</c> waits. Default 2 minutes.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Retries after the first attempt (429 always; 5xx/408/timeouts/network errors for idempotent calls). Default 3.</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>Base of the exponential backoff (with jitter) for 5xx/408/network retries. Default 1 second.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest <c>Retry-After</c> honoured on 429; longer waits are capped. Default 60 seconds (1 s when the header is missing).</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);
}
