namespace PauseBot.Slack.Inbound;

/// <summary>
/// The <c>event_callback</c> envelope ("outer event") the Events API posts. <see cref="EventId"/> is globally unique and
/// is the de-duplication key for retries. https://docs.slack.dev/apis/events-api/#callback-field
/// </summary>
public sealed record EventCallback : SlackModel
{
    public string Type { get; init; } = "event_callback";
    public string? Token { get; init; }
    public string? TeamId { get; init; }
    public string? EnterpriseId { get; init; }
    public string? ApiAppId { get; init; }
    public required string EventId { get; init; }

    /// <summary>Epoch seconds (some doc examples show larger values, hence long).</summary>
    public long EventTime { get; init; }
    public string? EventContext { get; init; }
    public IReadOnlyList<EventAuthorization>? Authorizations { get; init; }
    public bool? IsExtSharedChannel { get; init; }
    public required SlackEvent Event { get; init; }
}

/// <summary>One installation the event is visible to.</summary>
public sealed record EventAuthorization : SlackModel
{
    public string? EnterpriseId { get; init; }
    public string? TeamId { get; init; }
    public string? UserId { get; init; }
    public bool IsBot { get; init; }
    public bool IsEnterpriseInstall { get; init; }
}

/// <summary>
/// <c>url_verification</c>: sent when the Events Request URL is saved; answer with <see cref="Challenge"/>.
/// https://docs.slack.dev/reference/events/url_verification
/// </summary>
public sealed record UrlVerification : SlackModel
{
    public string Type { get; init; } = "url_verification";
    public string? Token { get; init; }
    public required string Challenge { get; init; }
}
