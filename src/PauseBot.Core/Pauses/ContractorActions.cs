using PauseBot.Core.Audit;
using PauseBot.Core.Projects;

namespace PauseBot.Core.Pauses;

/// <summary>What contractors do with a pause: acknowledge it, ask to be told when it ends. Caller saves.</summary>
public sealed class ContractorActions(IProjectStore projects, IPauseStore pauses, ISubscriptionStore subscriptions, IAuditLog audit, TimeProvider time)
{
    /// <summary>True when this is the person's first acknowledgement of the pause.</summary>
    public async Task<bool?> AcknowledgeAsync(Guid pauseId, string userId, CancellationToken ct)
    {
        var pause = await pauses.FindPauseAsync(pauseId, ct);
        if (pause is null) return null;
        var now = time.GetUtcNow();
        var first = pause.Acknowledge(userId, now);
        if (first) audit.AddAudit(new AuditEvent(now, userId, pause.ProjectKey, "acknowledge", "ok"));
        return first;
    }

    /// <summary>
    /// Asks to be told when pause <paramref name="pauseId"/> ends: <see cref="Subscribed"/>, or <see cref="PauseOver"/> (and no
    /// subscription) when it has ended already, its scheduled resume has passed or it was cancelled — nobody would ever be
    /// told. Null when there is no such pause. A subscription that commits while the resume is being written is not lost:
    /// the host sends whatever the ended pause still owes its subscribers after both have committed.
    /// </summary>
    public async Task<Outcome?> SubscribeAsync(Guid pauseId, string userId, CancellationToken ct)
    {
        var pause = await pauses.FindPauseAsync(pauseId, ct);
        var project = pause is null ? null : await projects.FindProjectAsync(pause.ProjectKey, ct);
        if (pause is null || project is null) return null;
        var now = time.GetUtcNow();
        if (!pause.IsOpen || pause.IntervalEnd <= now)
        {
            audit.AddAudit(new AuditEvent(now, userId, pause.ProjectKey, "notify.subscribe", "refused:resumed"));
            return new PauseOver(project, pause);
        }
        var added = await subscriptions.AddSubscriptionAsync(new NotifySubscription(pause.Id, pause.ProjectKey, userId, now), ct);
        if (added) audit.AddAudit(new AuditEvent(now, userId, pause.ProjectKey, "notify.subscribe", "ok"));
        return new Subscribed(project, pause, added);
    }
}

/// <summary>On the list for the end of <see cref="Pause"/>; <see cref="Added"/> is false when already on it.</summary>
public sealed record Subscribed(Project Project, Pause Pause, bool Added) : Outcome;

/// <summary>
/// The pause is over — ended (work billable again since <see cref="ResumedAt"/>) or cancelled before it began
/// (<see cref="ResumedAt"/> null) — so there is nothing to wait for.
/// </summary>
public sealed record PauseOver(Project Project, Pause Pause) : Outcome
{
    public DateTimeOffset? ResumedAt => Pause.State == PauseState.Cancelled ? null : Pause.IntervalEnd;
}
