using PauseBot.Core.Access;
using PauseBot.Core.Audit;
using PauseBot.Core.Text;

namespace PauseBot.Core.Projects;

/// <summary>Admin use cases: register projects, their channels, leads and time zone. Caller saves.</summary>
public sealed class ProjectAdministration(IPauseBotStore store, TimeProvider time)
{
    private const string AdminsOnly = "Only PauseBot admins can manage projects (`PauseBot:Admins` in the configuration).";

    public async Task<Outcome> AddProjectAsync(Actor actor, string key, string channelId, string? displayName, CancellationToken ct)
    {
        if (Deny(actor, key, "project.add") is { } refused) return refused;
        if (!Project.IsValidKey(key))
            return new Invalid(Slug.Validate(key)!);
        if (await store.FindProjectAsync(key, ct) is not null)
            return new Unchanged($"Project `{key}` already exists.");
        var project = Project.Create(key, displayName ?? key, channelId, actor.UserId, time.GetUtcNow());
        store.AddProject(project);
        Audit(actor, key, "project.add", $"channel {channelId}");
        return new ProjectChanged(project, "created");
    }

    public Task<Outcome> AddChannelAsync(Actor actor, string key, string channelId, CancellationToken ct) =>
        ChangeAsync(actor, key, "project.channel.add", ct, p => p.AddChannel(channelId)
            ? $"channel <#{channelId}> added" : null, $"<#{channelId}> is already a channel of `{key}`.");

    public Task<Outcome> RemoveChannelAsync(Actor actor, string key, string channelId, CancellationToken ct) =>
        ChangeAsync(actor, key, "project.channel.remove", ct, p => p.RemoveChannel(channelId)
            ? $"channel <#{channelId}> removed" : null,
            $"<#{channelId}> is not a channel of `{key}`, or it is the last one (a project keeps at least one).");

    public Task<Outcome> AddLeadAsync(Actor actor, string key, string userId, CancellationToken ct) =>
        ChangeAsync(actor, key, "lead.add", ct, p => p.AddLead(userId) ? $"<@{userId}> is now a lead" : null,
            $"<@{userId}> already leads `{key}`.");

    public Task<Outcome> RemoveLeadAsync(Actor actor, string key, string userId, CancellationToken ct) =>
        ChangeAsync(actor, key, "lead.remove", ct, p => p.RemoveLead(userId) ? $"<@{userId}> is no longer a lead" : null,
            $"<@{userId}> is not a lead of `{key}`.");

    public Task<Outcome> SetTimeZoneAsync(Actor actor, string key, string zoneId, CancellationToken ct)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone))
            return Task.FromResult<Outcome>(new Invalid($"`{zoneId}` is not a time zone I know. Use an IANA name such as `Europe/London`."));
        return ChangeAsync(actor, key, "project.timezone", ct, p =>
        {
            p.SetTimeZone(zone);
            return $"time zone set to {zone.Id}";
        }, "");
    }

    public Task<Outcome> SetQuietWeekendsAsync(Actor actor, string key, bool quiet, CancellationToken ct) =>
        ChangeAsync(actor, key, "project.quiet.weekends", ct, p =>
        {
            p.SetQuietWeekends(quiet);
            return quiet ? "weekends are quiet" : "weekends are not quiet";
        }, "");

    private async Task<Outcome> ChangeAsync(Actor actor, string key, string action, CancellationToken ct,
        Func<Project, string?> change, string unchanged)
    {
        if (Deny(actor, key, action) is { } refused) return refused;
        var project = await store.FindProjectAsync(key, ct);
        if (project is null) return new NotFound(key);
        var what = change(project);
        if (what is null) return new Unchanged(unchanged);
        Audit(actor, key, action, what);
        return new ProjectChanged(project, what);
    }

    private Refused? Deny(Actor actor, string key, string action)
    {
        if (actor.IsAdmin) return null;
        store.AddAudit(new AuditEvent(time.GetUtcNow(), actor.UserId, key, action, "refused:not-admin"));
        return new Refused(AdminsOnly);
    }

    private void Audit(Actor actor, string key, string action, string detail) =>
        store.AddAudit(new AuditEvent(time.GetUtcNow(), actor.UserId, key, action, "ok", detail));
}
