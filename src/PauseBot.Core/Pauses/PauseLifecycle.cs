using PauseBot.Core.Projects;
using PauseBot.Core.Access;
using PauseBot.Core.Audit;

namespace PauseBot.Core.Pauses;

/// <summary>
/// Pause, resume and update use cases. Each checks who is acting, changes the aggregate, records an audit event
/// (also for refusals) and returns an <see cref="Outcome"/>. Nothing is saved here: the caller adds its outbox
/// rows and then saves once, so the state change and its announcements commit together.
/// </summary>
public sealed class PauseLifecycle(IProjectStore projects, IPauseStore pauses, IAuditLog audit, TimeProvider time)
{
    public async Task<Outcome> PauseAsync(Actor actor, string projectKey, PauseDetails details, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var project = await projects.FindProjectAsync(projectKey, ct);
        if (project is null || !actor.CanManage(project))
            return Refuse(actor, projectKey, project is null, LeadAction.Pause);

        if (string.IsNullOrWhiteSpace(details.PublicReason))
            return new Invalid(new Problem.Missing(Field.Reason));
        if (details.EffectiveAt is { } at && at < now)
            return Reject(actor, projectKey, "pause", new Problem.InThePast(Field.At));
        var effective = details.EffectiveAt ?? now;
        if (details.ExpectedResumeAt is { } until && until <= effective)
            return Reject(actor, projectKey, "pause", new Problem.NotAfterStart(Field.Until));
        if (details.NextUpdateBy is { } next && next <= now)
            return Reject(actor, projectKey, "pause", new Problem.InThePast(Field.NextUpdate));

        var open = await pauses.OpenPauseAsync(projectKey, ct);
        if (open is not null)
        {
            audit.AddAudit(new AuditEvent(now, actor.UserId, projectKey, "pause", "refused:already-paused"));
            return new AlreadyPaused(project, open);
        }

        var pause = Pause.Start(projectKey, details, actor.UserId, now);
        pauses.AddPause(pause);
        audit.AddAudit(new AuditEvent(now, actor.UserId, projectKey, "pause", "ok",
            $"{pause.State.ToString().ToLowerInvariant()} effective {effective:O}"));
        return new Paused(project, pause);
    }

    public async Task<Outcome> ResumeAsync(Actor actor, string projectKey, DateTimeOffset? at, string? message, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var project = await projects.FindProjectAsync(projectKey, ct);
        if (project is null || !actor.CanManage(project))
            return Refuse(actor, projectKey, project is null, LeadAction.Resume);
        if (at is { } when && when < now)
            return Reject(actor, projectKey, "resume", new Problem.InThePast(Field.At));

        var open = await pauses.OpenPauseAsync(projectKey, ct);
        if (open is null)
        {
            audit.AddAudit(new AuditEvent(now, actor.UserId, projectKey, "resume", "refused:not-paused"));
            return new NotPaused(project);
        }
        if (at is { } resumeAt && resumeAt <= open.EffectiveAt && open.State == PauseState.Scheduled)
            at = null; // resuming before a scheduled pause starts simply cancels it

        var kind = open.Resume(actor.UserId, now, at, message);
        audit.AddAudit(new AuditEvent(now, actor.UserId, projectKey, "resume", "ok",
            kind == ResumeKind.Scheduled ? $"scheduled {at:O}" : kind.ToString().ToLowerInvariant()));
        return new Resumed(project, open, kind);
    }

    public async Task<Outcome> PostUpdateAsync(Actor actor, string projectKey, string text, bool edit, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var project = await projects.FindProjectAsync(projectKey, ct);
        if (project is null || !actor.CanManage(project))
            return Refuse(actor, projectKey, project is null, LeadAction.PostUpdates);
        if (string.IsNullOrWhiteSpace(text))
            return new Invalid(new Problem.Missing(Field.UpdateText));

        var open = await pauses.OpenPauseAsync(projectKey, ct);
        if (open is null)
        {
            audit.AddAudit(new AuditEvent(now, actor.UserId, projectKey, "update", "refused:not-paused"));
            return new NotPaused(project);
        }
        var update = edit ? open.EditLatestUpdate(text, now) : open.AddUpdate(actor.UserId, text, now);
        if (update is null)
            return new Invalid(new Problem.NoUpdateToEdit());
        audit.AddAudit(new AuditEvent(now, actor.UserId, projectKey, edit ? "update.edit" : "update", "ok"));
        return new UpdatePosted(project, open, update, edit);
    }

    /// <summary>Applies timed transitions that are due: scheduled pauses take effect, scheduled resumes end pauses.</summary>
    public async Task<IReadOnlyList<Outcome>> ApplyDueTransitionsAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var results = new List<Outcome>();
        foreach (var pause in await pauses.DuePausesAsync(now, ct))
        {
            var project = await projects.FindProjectAsync(pause.ProjectKey, ct);
            if (project is null) continue;
            if (pause.TryActivate(now))
            {
                audit.AddAudit(new AuditEvent(now, Actor.System.UserId, project.Key, "pause.effective", "ok"));
                results.Add(new Paused(project, pause));
            }
            if (pause.TryCompleteScheduledResume(now))
            {
                audit.AddAudit(new AuditEvent(now, Actor.System.UserId, project.Key, "resume.effective", "ok"));
                results.Add(new Resumed(project, pause, ResumeKind.Resumed));
            }
        }
        return results;
    }

    private Refused Refuse(Actor actor, string projectKey, bool unknown, LeadAction action)
    {
        audit.AddAudit(new AuditEvent(time.GetUtcNow(), actor.UserId, projectKey, AuditName(action),
            unknown ? "refused:unknown-project" : "refused:not-lead"));
        return new Refused(ManageRefusal(actor, projectKey, unknown, action));
    }

    private Invalid Reject(Actor actor, string projectKey, string action, Problem problem)
    {
        audit.AddAudit(new AuditEvent(time.GetUtcNow(), actor.UserId, projectKey, action, "refused:invalid", AuditDetail(problem)));
        return new Invalid(problem);
    }

    private static string AuditName(LeadAction action) => action switch
    {
        LeadAction.Pause => "pause",
        LeadAction.Resume => "resume",
        _ => "update",
    };

    private static string AuditDetail(Problem problem) => problem switch
    {
        Problem.InThePast p => $"{p.Field} in the past",
        Problem.NotAfterStart p => $"{p.Field} not after the cutoff",
        _ => problem.GetType().Name,
    };

    // Non-privileged users get the same answer for unknown and existing projects: nothing leaks.
    private static Refusal ManageRefusal(Actor actor, string key, bool unknown, LeadAction action) =>
        unknown && actor.IsAdmin ? new Refusal.UnknownProject(key) : new Refusal.NotALead(key, action);
}
