using PauseBot.Core.Access;
using PauseBot.Core.Audit;

namespace PauseBot.Core.Projects;

/// <summary>Admin use cases: register projects, their channels, leads and time zone. Caller saves.</summary>
public sealed class ProjectAdministration(IProjectStore projects, IAuditLog audit, TimeProvider time)
{
    public async Task<Outcome> AddProjectAsync(Actor actor, string key, string channelId, string? displayName, CancellationToken ct)
    {
        if (Deny(actor, key, "project.add") is { } refused) return refused;
        if (Slug.Validate(key) is { } problem)
            return new Invalid(new Problem.BadProjectKey(problem));
        if (await projects.FindProjectAsync(key, ct) is not null)
            return new Unchanged(new NoChange.ProjectExists(key));
        var project = Project.Create(key, displayName ?? key, channelId, actor.UserId, time.GetUtcNow());
        projects.AddProject(project);
        Audit(actor, key, "project.add", $"channel {channelId}");
        return new ProjectChanged(project, new ProjectChange.Created());
    }

    public Task<Outcome> AddChannelAsync(Actor actor, string key, string channelId, CancellationToken ct) =>
        ChangeAsync(actor, key, "project.channel.add", ct,
            p => p.AddChannel(channelId) ? new ProjectChange.ChannelAdded(channelId) : null, new NoChange.AlreadyAChannel(key, channelId));

    public Task<Outcome> RemoveChannelAsync(Actor actor, string key, string channelId, CancellationToken ct) =>
        ChangeAsync(actor, key, "project.channel.remove", ct,
            p => p.RemoveChannel(channelId) ? new ProjectChange.ChannelRemoved(channelId) : null, new NoChange.NotAChannel(key, channelId));

    public Task<Outcome> AddLeadAsync(Actor actor, string key, string userId, CancellationToken ct) =>
        ChangeAsync(actor, key, "lead.add", ct,
            p => p.AddLead(userId) ? new ProjectChange.LeadAdded(userId) : null, new NoChange.AlreadyALead(key, userId));

    public Task<Outcome> RemoveLeadAsync(Actor actor, string key, string userId, CancellationToken ct) =>
        ChangeAsync(actor, key, "lead.remove", ct,
            p => p.RemoveLead(userId) ? new ProjectChange.LeadRemoved(userId) : null, new NoChange.NotALead(key, userId));

    public Task<Outcome> SetTimeZoneAsync(Actor actor, string key, string zoneId, CancellationToken ct)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone))
            return Task.FromResult<Outcome>(new Invalid(new Problem.UnknownTimeZone(zoneId)));
        return ChangeAsync(actor, key, "project.timezone", ct, p =>
        {
            p.SetTimeZone(zone);
            return new ProjectChange.TimeZoneSet(zone.Id);
        }, unchanged: null);
    }

    private async Task<Outcome> ChangeAsync(Actor actor, string key, string action, CancellationToken ct,
        Func<Project, ProjectChange?> change, NoChange? unchanged)
    {
        if (Deny(actor, key, action) is { } refused) return refused;
        var project = await projects.FindProjectAsync(key, ct);
        if (project is null) return new NotFound(key);
        if (change(project) is not { } what)
            return new Unchanged(unchanged ?? throw new DomainException($"{action} reported no change but named no reason."));
        Audit(actor, key, action, AuditDetail(what));
        return new ProjectChanged(project, what);
    }

    // Ids, not words: the audit log renders them.
    private static string AuditDetail(ProjectChange what) => what switch
    {
        ProjectChange.ChannelAdded c => $"channel {c.ChannelId} added",
        ProjectChange.ChannelRemoved c => $"channel {c.ChannelId} removed",
        ProjectChange.LeadAdded l => $"lead {l.UserId} added",
        ProjectChange.LeadRemoved l => $"lead {l.UserId} removed",
        ProjectChange.TimeZoneSet z => $"time zone {z.ZoneId}",
        _ => what.GetType().Name,
    };

    private Refused? Deny(Actor actor, string key, string action)
    {
        if (actor.IsAdmin) return null;
        audit.AddAudit(new AuditEvent(time.GetUtcNow(), actor.UserId, key, action, "refused:not-admin"));
        return new Refused(new Refusal.NotAnAdmin());
    }

    private void Audit(Actor actor, string key, string action, string detail) =>
        audit.AddAudit(new AuditEvent(time.GetUtcNow(), actor.UserId, key, action, "ok", detail));
}
