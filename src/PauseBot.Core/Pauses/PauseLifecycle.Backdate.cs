using System.Globalization;
using PauseBot.Core.Access;
using PauseBot.Core.Audit;

namespace PauseBot.Core.Pauses;

/// <summary>Confirming or cancelling a backdated pause (a <see cref="PauseDraft"/>); each is used once.</summary>
public sealed partial class PauseLifecycle
{
    /// <summary>
    /// Makes the pause a lead asked for with a past cutoff, re-checked as of now (the draft is removed whatever the outcome). A
    /// second Confirm finds no draft (<see cref="NoChange.ConfirmationUsed"/>); two at once race on the draft and the one open
    /// pause, and the loser reports the winner's pause.
    /// </summary>
    public async Task<Outcome> ConfirmAsync(Actor actor, Guid draftId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (await FindOwnDraftAsync(actor, draftId, "pause.confirm", ct) is not { } found) return Gone();
        if (found.Refusal is { } refused) return refused;
        var draft = found.Draft!;
        pauses.RemoveDraft(draft);
        if (draft.IsExpired(now))
        {
            audit.AddAudit(new AuditEvent(now, actor.UserId, draft.ProjectKey, "pause.confirm", "refused:expired", DraftDetail(draft)));
            return new Invalid(new Problem.ConfirmationExpired(BackdateRules.ConfirmWithin));
        }
        return await PauseAsync(actor, draft.ProjectKey, draft.Details, confirmed: true, ct);
    }

    /// <summary>Drops a backdated pause before it was confirmed; only the audit line remains.</summary>
    public async Task<Outcome> CancelAsync(Actor actor, Guid draftId, CancellationToken ct)
    {
        if (await FindOwnDraftAsync(actor, draftId, "pause.cancel", ct) is not { } found) return Gone();
        if (found.Refusal is { } refused) return refused;
        var draft = found.Draft!;
        pauses.RemoveDraft(draft);
        audit.AddAudit(new AuditEvent(time.GetUtcNow(), actor.UserId, draft.ProjectKey, "pause", "cancelled:backdate", DraftDetail(draft)));
        return await projects.FindProjectAsync(draft.ProjectKey, ct) is { } project
            ? new BackdateCancelled(project, draft)
            : new NotFound(draft.ProjectKey);
    }

    private async Task<(PauseDraft? Draft, Outcome? Refusal)?> FindOwnDraftAsync(Actor actor, Guid draftId, string action, CancellationToken ct)
    {
        if (await pauses.FindDraftAsync(draftId, ct) is not { } draft) return null;
        if (draft.RequestedBy == actor.UserId) return (draft, null);
        audit.AddAudit(new AuditEvent(time.GetUtcNow(), actor.UserId, draft.ProjectKey, action, "refused:not-requester"));
        return (null, new Refused(new Refusal.NotYourRequest(draft.ProjectKey)));
    }

    private static Unchanged Gone() => new(new NoChange.ConfirmationUsed());

    private static string DraftDetail(PauseDraft draft) =>
        $"cutoff {draft.EffectiveAt:O} asked {draft.RequestedAt:O} by {draft.RequestedBy}";

    /// <summary><c>5h30m</c>, <c>7d</c>: how far back a cutoff lies, for audit lines.</summary>
    private static string Backdate(TimeSpan span) =>
        span.TotalDays >= 1 && span.Ticks % TimeSpan.TicksPerDay == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalDays}d")
            : string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalHours}h{span.Minutes:00}m");
}
