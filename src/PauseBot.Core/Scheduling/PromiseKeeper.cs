using PauseBot.Core.Access;
using PauseBot.Core.Audit;
using PauseBot.Core.Pauses;
using PauseBot.Core.Projects;

namespace PauseBot.Core.Scheduling;

/// <summary>
/// The next-update promise. When its time passes with no lead update since it was made, the bot posts a heartbeat,
/// promises the next one (plus an interval, moved off quiet days) and reminds the leads once. Caller saves.
/// </summary>
public sealed class PromiseKeeper(IProjectStore projects, IPauseStore pauses, IAuditLog audit, ScheduleAdministration schedules, TimeProvider time)
{
    public async Task<IReadOnlyList<BrokenPromise>> ApplyDueAsync(TimeSpan interval, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var broken = new List<BrokenPromise>();
        foreach (var pause in await pauses.PausesWithDuePromiseAsync(now, ct))
        {
            if (pause.PromiseKept(now))
            {
                pause.Promise(null, now);
                continue;
            }
            if (!pause.PromiseBroken(now) || await projects.FindProjectAsync(pause.ProjectKey, ct) is not { } project) continue;
            var due = pause.NextUpdateBy!.Value;
            var quiet = await schedules.QuietDaysAsync(project, ct);
            var next = quiet.NextWorkingInstant(Max(due, now) + interval, project.TimeZone);
            pause.Promise(next, now);
            audit.AddAudit(new AuditEvent(now, Actor.System.UserId, project.Key, "promise.heartbeat", "ok", $"due {due:O}, next {next:O}"));
            broken.Add(new BrokenPromise(project, pause, due, next));
        }
        return broken;
    }

    /// <summary>
    /// A lead snoozes the reminder about the promise now due at <paramref name="due"/>: the next check moves to
    /// <paramref name="until"/>. Pressing again (or after an update) changes nothing, so no second reminder comes of it.
    /// </summary>
    public async Task<Outcome> SnoozeAsync(Actor actor, Guid pauseId, DateTimeOffset due, DateTimeOffset until, CancellationToken ct)
    {
        var pause = await pauses.FindPauseAsync(pauseId, ct);
        var project = pause is null ? null : await projects.FindProjectAsync(pause.ProjectKey, ct);
        if (pause is null || project is null || !pause.IsOpen) return new Invalid(new Problem.PauseIsOver());
        if (!actor.CanManage(project)) return new Refused(new Refusal.NotALead(project.Key, LeadAction.SnoozeReminder));
        // Stores keep instants to sub-millisecond precision at best, so "the same promise" means the same millisecond.
        if (pause.NextUpdateBy is not { } current || Math.Abs((current - due).TotalMilliseconds) >= 1)
            return new Unchanged(new NoChange.AlreadySnoozed());
        var now = time.GetUtcNow();
        pause.Promise(until, now);
        audit.AddAudit(new AuditEvent(now, actor.UserId, project.Key, "promise.snooze", "ok", $"next {pause.NextUpdateBy:O}"));
        return new ProjectChanged(project, new ProjectChange.ReminderSnoozed(until));
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}

/// <summary>A promise whose time passed with no lead update: <see cref="NextDue"/> is the new promise.</summary>
public sealed record BrokenPromise(Project Project, Pause Pause, DateTimeOffset Due, DateTimeOffset NextDue);
