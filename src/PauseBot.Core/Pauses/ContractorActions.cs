using PauseBot.Core.Audit;

namespace PauseBot.Core.Pauses;

/// <summary>What contractors do with a pause: acknowledge it, ask to be told when it ends. Caller saves.</summary>
public sealed class ContractorActions(IPauseBotStore store, TimeProvider time)
{
    /// <summary>True when this is the person's first acknowledgement of the pause.</summary>
    public async Task<bool?> AcknowledgeAsync(Guid pauseId, string userId, CancellationToken ct)
    {
        var pause = await store.FindPauseAsync(pauseId, ct);
        if (pause is null) return null;
        var now = time.GetUtcNow();
        var first = pause.Acknowledge(userId, now);
        if (first) store.AddAudit(new AuditEvent(now, userId, pause.ProjectKey, "acknowledge", "ok"));
        return first;
    }

    /// <summary>Subscribes to the end of the project's open pause; null when the project is not paused.</summary>
    public async Task<bool?> SubscribeAsync(string projectKey, string userId, CancellationToken ct)
    {
        var pause = await store.OpenPauseAsync(projectKey, ct);
        if (pause is null) return null;
        var now = time.GetUtcNow();
        var added = await store.AddSubscriptionAsync(new NotifySubscription(pause.Id, projectKey, userId, now), ct);
        if (added) store.AddAudit(new AuditEvent(now, userId, projectKey, "notify.subscribe", "ok"));
        return added;
    }
}
