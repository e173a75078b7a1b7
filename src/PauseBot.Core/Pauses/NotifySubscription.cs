namespace PauseBot.Core.Pauses;

/// <summary>A contractor asked to be told when a pause ends; <see cref="NotifiedAt"/> makes the DM once-only.</summary>
public sealed class NotifySubscription
{
    private NotifySubscription() { }

    public NotifySubscription(Guid pauseId, string projectKey, string userId, DateTimeOffset at)
    {
        PauseId = pauseId;
        ProjectKey = projectKey;
        UserId = userId;
        CreatedAt = at;
    }

    public Guid PauseId { get; private set; }
    public string ProjectKey { get; private set; } = "";
    public string UserId { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? NotifiedAt { get; private set; }

    public void MarkNotified(DateTimeOffset at) => NotifiedAt ??= at;
}
