namespace PauseBot.Persistence.Integrations;

/// <summary>
/// A receiver of signed webhooks. The secret must stay readable to sign each delivery (an HMAC key can't be
/// hashed), so it is stored as given; protect the database accordingly. A receiver failing for too long is disabled.
/// </summary>
public sealed class WebhookSubscription
{
    private WebhookSubscription() { }

    public WebhookSubscription(string url, string events, string secret, string createdBy, DateTimeOffset now)
    {
        Url = url;
        Events = events;
        Secret = secret;
        CreatedBy = createdBy;
        CreatedAt = now;
    }

    /// <summary>Short number people type (<c>/pausebot webhook remove 2</c>); assigned by the database.</summary>
    public int Id { get; private set; }
    public string Url { get; private set; } = "";
    /// <summary>Comma-separated event groups: <c>pause</c>, <c>resume</c>, <c>update</c>.</summary>
    public string Events { get; private set; } = "";
    public string Secret { get; private set; } = "";
    public string CreatedBy { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    /// <summary>When the first of the current run of failed deliveries happened; null while deliveries succeed.</summary>
    public DateTimeOffset? FailingSince { get; private set; }
    public string? LastError { get; private set; }
    public DateTimeOffset? DisabledAt { get; private set; }

    public bool Wants(string group) =>
        Events.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Contains(group, StringComparer.Ordinal);
}
