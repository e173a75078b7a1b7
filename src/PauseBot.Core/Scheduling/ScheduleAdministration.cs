using PauseBot.Core.Access;
using PauseBot.Core.Audit;
using PauseBot.Core.Projects;

namespace PauseBot.Core.Scheduling;

/// <summary>Status-update schedules and quiet days of a project, for its leads and admins. Caller saves.</summary>
public sealed class ScheduleAdministration(IProjectStore projects, IScheduleStore schedules, IAuditLog audit, TimeProvider time)
{
    public async Task<Outcome> AddAsync(Actor actor, string projectKey, string specText, CancellationToken ct)
    {
        if (await ManagedAsync(actor, projectKey, "schedule.add", ct) is not { } project) return Refusal(projectKey);
        var parsed = ScheduleSpec.Parse(specText);
        if (!parsed.IsSuccess) return new Invalid(new Problem.BadSchedule(parsed.Error));
        var schedule = new StatusSchedule(project.Key, parsed.Spec!, actor.UserId, time.GetUtcNow());
        schedules.AddSchedule(schedule);
        Audit(actor, project.Key, "schedule.add", schedule.Spec);
        return new ScheduleAdded(project, schedule);
    }

    public async Task<Outcome> RemoveAsync(Actor actor, string projectKey, int id, CancellationToken ct)
    {
        if (await ManagedAsync(actor, projectKey, "schedule.remove", ct) is not { } project) return Refusal(projectKey);
        var schedule = await schedules.FindScheduleAsync(id, ct);
        if (schedule is null || schedule.ProjectKey != project.Key)
            return new Invalid(new Problem.NoSuchSchedule(projectKey, id));
        schedules.RemoveSchedule(schedule);
        Audit(actor, project.Key, "schedule.remove", schedule.Spec);
        return new ScheduleRemoved(project, schedule);
    }

    public async Task<Outcome> SetQuietWeekendsAsync(Actor actor, string projectKey, bool quiet, CancellationToken ct)
    {
        if (await ManagedAsync(actor, projectKey, "quiet.weekends", ct) is not { } project) return Refusal(projectKey);
        project.SetQuietWeekends(quiet);
        Audit(actor, project.Key, "quiet.weekends", quiet ? "on" : "off");
        return new ProjectChanged(project, new ProjectChange.QuietWeekends(quiet));
    }

    public async Task<Outcome> QuietDateAsync(Actor actor, string projectKey, DateOnly date, bool add, CancellationToken ct)
    {
        if (await ManagedAsync(actor, projectKey, add ? "quiet.add" : "quiet.remove", ct) is not { } project) return Refusal(projectKey);
        var quiet = new QuietDate(project.Key, date);
        var changed = add ? await schedules.AddQuietDateAsync(quiet, ct) : await schedules.RemoveQuietDateAsync(quiet, ct);
        if (!changed) return new Unchanged(add ? new NoChange.AlreadyQuiet(date) : new NoChange.NotQuiet(date));
        Audit(actor, project.Key, add ? "quiet.add" : "quiet.remove", $"{date:yyyy-MM-dd}");
        return new ProjectChanged(project, add ? new ProjectChange.QuietDateAdded(date) : new ProjectChange.QuietDateRemoved(date));
    }

    public async Task<QuietDays> QuietDaysAsync(Project project, CancellationToken ct) =>
        new(project.QuietWeekends, (await schedules.QuietDatesAsync(project.Key, ct)).Select(d => d.Date));

    private async Task<Project?> ManagedAsync(Actor actor, string projectKey, string action, CancellationToken ct)
    {
        var project = await projects.FindProjectAsync(projectKey, ct);
        if (project is not null && actor.CanManage(project)) return project;
        audit.AddAudit(new AuditEvent(time.GetUtcNow(), actor.UserId, projectKey, action, "refused:not-lead"));
        return null;
    }

    private static Refused Refusal(string key) => new(new Refusal.NotALead(key, LeadAction.ChangeSchedules));

    private void Audit(Actor actor, string key, string action, string detail) =>
        audit.AddAudit(new AuditEvent(time.GetUtcNow(), actor.UserId, key, action, "ok", detail));
}
