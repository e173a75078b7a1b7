using PauseBot.Core.Projects;
using PauseBot.Core.Access;
using PauseBot.Core.Audit;

namespace PauseBot.Core.Openings;

/// <summary>What an opening is made of when a lead or admin posts it.</summary>
public sealed record OpeningDraft(string Text, string? Skills, int? Slots, DateTimeOffset? Until, IReadOnlyList<string> ForProjects);

/// <summary>An opening was posted.</summary>
public sealed record OpeningPosted(Opening Opening) : Outcome;

/// <summary>An opening was closed by hand.</summary>
public sealed record OpeningClosed(Opening Opening) : Outcome;

/// <summary>
/// The alternative-work board: leads and admins post and close openings, contractors say they are interested.
/// Leads may post for everyone or for the projects they lead; admins for any project. Caller saves.
/// </summary>
public sealed class OpeningBoard(IOpeningStore openings, IProjectStore projectStore, IAuditLog audit, TimeProvider time)
{
    public const int MaxTextLength = 1000;
    public const int MinSlots = 1, MaxSlots = 1000;

    public async Task<Outcome> PostAsync(Actor actor, OpeningDraft draft, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var projects = await projectStore.ListProjectsAsync(ct);
        if (!actor.IsAdmin && !projects.Any(p => p.IsLead(actor.UserId)))
            return Refuse(actor, "opening.add", new Refusal.LeadsNothing());
        if (string.IsNullOrWhiteSpace(draft.Text))
            return new Invalid(new Problem.Missing(Field.OpeningText));
        if (draft.Text.Length > MaxTextLength)
            return new Invalid(new Problem.TooLong(Field.OpeningText, MaxTextLength));
        if (draft.Slots is < MinSlots or > MaxSlots)
            return new Invalid(new Problem.OutOfRange(Field.Slots, MinSlots, MaxSlots));
        if (draft.Until is { } until && until <= now)
            return new Invalid(new Problem.InThePast(Field.Until));
        foreach (var key in draft.ForProjects)
        {
            var project = projects.FirstOrDefault(p => p.Key == key);
            if (project is null) return new NotFound(key);
            if (!actor.CanManage(project))
                return Refuse(actor, "opening.add", new Refusal.NotALead(key, LeadAction.PostOpenings));
        }

        var opening = Opening.Post(draft.Text, actor.UserId, now, draft.Skills, draft.Slots, draft.Until, draft.ForProjects);
        openings.AddOpening(opening);
        audit.AddAudit(new AuditEvent(now, actor.UserId, draft.ForProjects.FirstOrDefault(), "opening.add", "ok",
            opening.Text.Length > 200 ? opening.Text[..200] : opening.Text));
        return new OpeningPosted(opening);
    }

    public async Task<Outcome> CloseAsync(Actor actor, int id, CancellationToken ct)
    {
        var opening = await openings.FindOpeningAsync(id, ct);
        if (opening is null) return new Invalid(new Problem.NoSuchOpening(id));
        if (!await CanManageAsync(actor, opening, ct))
            return Refuse(actor, "opening.close", new Refusal.NotTheOpeningsManager());
        var now = time.GetUtcNow();
        if (!opening.Close(actor.UserId, now)) return new Unchanged(new NoChange.OpeningAlreadyClosed(id));
        audit.AddAudit(new AuditEvent(now, actor.UserId, opening.ProjectKeys.FirstOrDefault(), "opening.close", "ok", $"#{id}"));
        return new OpeningClosed(opening);
    }

    /// <summary>Records interest; null when there is no such opening. The caller checks the person may see it.</summary>
    public async Task<(Opening Opening, InterestResult Result)?> InterestAsync(int id, string userId, CancellationToken ct)
    {
        var opening = await openings.FindOpeningAsync(id, ct);
        if (opening is null) return null;
        var now = time.GetUtcNow();
        var result = opening.RegisterInterest(userId, now);
        if (result is InterestResult.Added or InterestResult.AddedAndFilled)
            audit.AddAudit(new AuditEvent(now, userId, opening.ProjectKeys.FirstOrDefault(), "opening.interest", "ok", $"#{id}"));
        return (opening, result);
    }

    /// <summary>The owner, admins, and leads of the projects it is for may close it and see who is interested.</summary>
    public async Task<bool> CanManageAsync(Actor actor, Opening opening, CancellationToken ct)
    {
        if (actor.IsAdmin || opening.Owner == actor.UserId) return true;
        foreach (var key in opening.ProjectKeys)
            if (await projectStore.FindProjectAsync(key, ct) is { } project && project.IsLead(actor.UserId))
                return true;
        return false;
    }

    private Refused Refuse(Actor actor, string action, Refusal why)
    {
        audit.AddAudit(new AuditEvent(time.GetUtcNow(), actor.UserId, null, action, "refused:not-lead"));
        return new Refused(why);
    }
}
