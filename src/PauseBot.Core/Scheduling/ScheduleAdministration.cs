using PauseBot.Core.Access;
using PauseBot.Core.Audit;
using PauseBot.Core.Projects;

namespace PauseBot.Core.Scheduling;

/// <summary>Status-update schedules and quiet days of a project, for its leads and admins. Caller saves.</summary>
public sealed class ScheduleAdministration(IPauseBotStore store, TimeProvider time)
{
    public async Task<ScheduleOutcome> AddAsync(Actor actor, string projectKey, string specText, CancellationToken ct)
    {
        if (await ManagedAsync(actor, projectKey, "schedule.add", ct) is not { } project) return new ScheduleOutcome.Refused(Refusal(projectKey));
        var parsed = ScheduleSpec.Parse(specText);
        if (!parsed.IsSuccess) return new ScheduleOutcome.Invalid(parsed.Error!);
        var schedule = new StatusSchedule(project.Key, parsed.Spec!, actor.UserId, time.GetUtcNow());
        store.AddSchedule(schedule);
        Audit(actor, project.Key, "schedule.add", schedule.Spec);
        return new ScheduleOutcome.Added(project, schedule);
    }

    public async Task<ScheduleOutcome> RemoveAsync(Actor actor, string projectKey, int id, CancellationToken ct)
    {
        if (await ManagedAsync(actor, projectKey, "schedule.remove", ct) is not { } project) return new ScheduleOutcome.Refused(Refusal(projectKey));
        var schedule = await store.FindScheduleAsync(id, ct);
        if (schedule is null || schedule.ProjectKey != project.Key)
            return new ScheduleOutcome.Invalid($"`{projectKey}` has no schedule {id}. See `/pausebot schedule list {projectKey}`.");
        store.RemoveSchedule(schedule);
        Audit(actor, project.Key, "schedule.remove", schedule.Spec);
        return new ScheduleOutcome.Removed(project, schedule);
    }

    public async Task<Outcome> SetQuietWeekendsAsync(Actor actor, string projectKey, bool quiet, CancellationToken ct)
    {
        if (await ManagedAsync(actor, projectKey, "quiet.weekends", ct) is not { } project) return new Refused(Refusal(projectKey));
        project.SetQuietWeekends(quiet);
        Audit(actor, project.Key, "quiet.weekends", quiet ? "on" : "off");
        return new ProjectChanged(project, quiet ? "weekends are quiet (no scheduled posts)" : "weekends are no longer quiet");
    }

    public async Task<Outcome> QuietDateAsync(Actor actor, string projectKey, DateOnly date, bool add, CancellationToken ct)
    {
        if (await ManagedAsync(actor, projectKey, add ? "quiet.add" : "quiet.remove", ct) is not { } project) return new Refused(Refusal(projectKey));
        var quiet = new QuietDate(project.Key, date);
        var changed = add ? await store.AddQuietDateAsync(quiet, ct) : await store.RemoveQuietDateAsync(quiet, ct);
        if (!changed) return new Unchanged(add ? $"{date:yyyy-MM-dd} is already a quiet day." : $"{date:yyyy-MM-dd} is not a quiet day.");
        Audit(actor, project.Key, add ? "quiet.add" : "quiet.remove", $"{date:yyyy-MM-dd}");
        return new ProjectChanged(project, add ? $"{date:yyyy-MM-dd} is a quiet day" : $"{date:yyyy-MM-dd} is no longer a quiet day");
    }

    public async Task<QuietDays> QuietDaysAsync(Project project, CancellationToken ct) =>
        new(project.QuietWeekends, (await store.QuietDatesAsync(project.Key, ct)).Select(d => d.Date));

    private async Task<Project?> ManagedAsync(Actor actor, string projectKey, string action, CancellationToken ct)
    {
        var project = await store.FindProjectAsync(projectKey, ct);
        if (project is not null && actor.CanManage(project)) return project;
        store.AddAudit(new AuditEvent(time.GetUtcNow(), actor.UserId, projectKey, action, "refused:not-lead"));
        return null;
    }

    private static string Refusal(string key) => $"Only leads of `{key}` and PauseBot admins can change its schedules and quiet days.";

    private void Audit(Actor actor, string key, string action, string detail) =>
        store.AddAudit(new AuditEvent(time.GetUtcNow(), actor.UserId, key, action, "ok", detail));
}

/// <summary>What a schedule change did.</summary>
public abstract record ScheduleOutcome
{
    public sealed record Added(Projects.Project Project, StatusSchedule Schedule) : ScheduleOutcome;
    public sealed record Removed(Projects.Project Project, StatusSchedule Schedule) : ScheduleOutcome;
    public sealed record Refused(string Reason) : ScheduleOutcome;
    public sealed record Invalid(string Reason) : ScheduleOutcome;
}
