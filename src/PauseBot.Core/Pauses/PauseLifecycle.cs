using PauseBot.Core.Projects;
using PauseBot.Core.Access;
using PauseBot.Core.Audit;

namespace PauseBot.Core.Pauses;

/// <summary>
/// Pause, resume and update use cases. Each checks who is acting, changes the aggregate, records an audit event
/// (also for refusals) and returns an <see cref="Outcome"/>. Nothing is saved here: the caller adds its outbox
/// rows and then saves once, so the state change and its announcements commit together.
/// </summary>
public sealed partial class PauseLifecycle(
    IProjectStore projects, IPauseStore pauses, IAuditLog audit, TimeProvider time, BackdateRules? rules = null)
{
    private BackdateRules Rules { get; } = rules ?? BackdateRules.Default;

    public Task<Outcome> PauseAsync(Actor actor, string projectKey, PauseDetails details, CancellationToken ct) =>
        PauseAsync(actor, projectKey, details, confirmed: false, ct);

    /// <summary>
    /// Pauses now, at a later instant, or — up to <see cref="BackdateRules.MaxBackdate"/> back — from an instant in the past.
    /// A past cutoff changes hours already worked: unless <paramref name="confirmed"/>, it is kept as a draft and returned as
    /// <see cref="BackdateToConfirm"/> for the lead to confirm (<see cref="ConfirmAsync"/>) or cancel (<see cref="CancelAsync"/>).
    /// </summary>
    public async Task<Outcome> PauseAsync(Actor actor, string projectKey, PauseDetails details, bool confirmed, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var project = await projects.FindProjectAsync(projectKey, ct);
        if (project is null || !actor.CanManage(project))
            return Refuse(actor, projectKey, project is null, LeadAction.Pause);

        if (string.IsNullOrWhiteSpace(details.PublicReason))
            return new Invalid(new Problem.Missing(Field.Reason));
        var effective = details.EffectiveAt ?? now;
        var backdated = now - effective >= BackdateRules.Grace;
        if (backdated && now - effective > Rules.MaxBackdate)
            return Reject(actor, projectKey, "pause", new Problem.TooFarBack(Rules.MaxBackdate));
        if (details.ExpectedResumeAt is { } until && (until <= effective || until <= now))
            return Reject(actor, projectKey, "pause", until <= effective ? new Problem.NotAfterStart(Field.Until) : new Problem.InThePast(Field.Until));
        if (details.NextUpdateBy is { } next && next <= now)
            return Reject(actor, projectKey, "pause", new Problem.InThePast(Field.NextUpdate));

        var open = await pauses.OpenPauseAsync(projectKey, ct);
        if (open is not null)
        {
            audit.AddAudit(new AuditEvent(now, actor.UserId, projectKey, "pause", "refused:already-paused"));
            return new AlreadyPaused(project, open);
        }
        if (backdated && !confirmed)
        {
            foreach (var expired in await pauses.DraftsBeforeAsync(now - BackdateRules.ConfirmWithin, ct))
                pauses.RemoveDraft(expired);
            var draft = PauseDraft.For(projectKey, effective, details, actor.UserId, now);
            pauses.AddDraft(draft);
            return new BackdateToConfirm(project, draft, Rules.Policy);
        }

        var pause = Pause.Start(projectKey, details, actor.UserId, now, Rules.Policy);
        pauses.AddPause(pause);
        audit.AddAudit(new AuditEvent(now, actor.UserId, projectKey, "pause", "ok",
            $"{pause.State.ToString().ToLowerInvariant()} effective {effective:O}" + (pause.IsBackdated
                ? $" announced {pause.AnnouncedAt:O} (backdated {Backdate(pause.AnnouncedAt - pause.EffectiveAt)}, policy {pause.BackdatePolicy.ToString().ToLowerInvariant()})"
                : "")));
        return new Paused(project, pause);
    }

    public async Task<Outcome> ResumeAsync(Actor actor, string projectKey, DateTimeOffset? at, string? message, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var project = await projects.FindProjectAsync(projectKey, ct);
        if (project is null || !actor.CanManage(project))
            return Refuse(actor, projectKey, project is null, LeadAction.Resume);
        if (at is { } when && now - when >= BackdateRules.Grace)
            return Reject(actor, projectKey, "resume", new Problem.ResumeInThePast());
        if (at <= now) at = null; // "now", parsed a moment ago

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
        Problem.TooFarBack t => $"cutoff more than {Backdate(t.Max)} back",
        Problem.ResumeInThePast => "resume at in the past",
        _ => problem.GetType().Name,
    };

    // Non-privileged users get the same answer for unknown and existing projects: nothing leaks.
    private static Refusal ManageRefusal(Actor actor, string key, bool unknown, LeadAction action) =>
        unknown && actor.IsAdmin ? new Refusal.UnknownProject(key) : new Refusal.NotALead(key, action);
}
