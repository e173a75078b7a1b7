using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using PauseBot.Configuration;
using PauseBot.Core;
using PauseBot.Core.Audit;
using PauseBot.Core.Outbox;
using PauseBot.Core.Pauses;
using PauseBot.Core.Projects;
using PauseBot.Jobs;
using PauseBot.Persistence.Integrations;
using PauseBot.Slack.WebApi;
using PauseBot.TimeTracking;

namespace PauseBot.Features.Trackers;

/// <summary>
/// Every <see cref="TimeTrackingOptions.CheckInterval"/>, for each active pause of a project with a tracker link, reads the
/// tracker's entries since the cutoff day and reports those logged after the cutoff: one digest DM per lead, and one DM to each
/// person whose tracker email matches a Slack member (<c>users.lookupByEmail</c>). Each entry is recorded per pause in the
/// same commit as the DMs (unique per pause and entry), so it is reported once, also across replicas. Each pause is checked
/// in its own scope; one failing never stops the others.
/// </summary>
public sealed class TrackerHoursCheck(
    IServiceScopeFactory scopes, ITimeTrackers trackers, IOptions<TimeTrackingOptions> trackerOptions, IOptions<PauseBotOptions> options,
    TimeProvider time, IHostApplicationLifetime lifetime, ILogger<TrackerHoursCheck> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (trackers.Enabled.Count == 0) return;
        await lifetime.WhenStartedAsync(stoppingToken);
        using var timer = new PeriodicTimer(trackerOptions.Value.CheckInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
            await CheckOnceAsync(stoppingToken);
    }

    /// <summary>One check of every paused, linked project; returns how many late entries were reported.</summary>
    public async Task<int> CheckOnceAsync(CancellationToken ct)
    {
        if (trackers.Enabled.Count == 0) return 0;
        IReadOnlyList<(Pause Pause, TrackerLink Link)> due;
        await using (var scope = scopes.CreateAsyncScope())
            due = await scope.ServiceProvider.GetRequiredService<TrackerStore>().ActivePausesWithLinksAsync(ct);
        var reported = 0;
        foreach (var (pause, link) in due)
        {
            try
            {
                reported += await CheckAsync(pause, link, ct);
            }
            catch (Exception ex) when (!ct.IsCancellationRequested)
            {
                Log.TrackerCheckFailed(log, ex, pause.ProjectKey);
            }
        }
        return reported;
    }

    private async Task<int> CheckAsync(Pause pause, TrackerLink link, CancellationToken ct)
    {
        if (!TrackerKinds.TryParse(link.Tracker, out var kind) || trackers.Get(kind) is not { } tracker) return 0;
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var projects = services.GetRequiredService<IProjectStore>();
        var audit = services.GetRequiredService<IAuditLog>();
        var unitOfWork = services.GetRequiredService<IUnitOfWork>();
        if (await projects.FindProjectAsync(pause.ProjectKey, ct) is not { } project) return 0;

        // The instant the billable rule uses: the cutoff (also when it was backdated: hours logged between it and the
        // announcement are late like any later ones), or the announcement under the announcement policy.
        var cutoff = pause.NotBillableFrom;
        var cutoffDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(cutoff, project.TimeZone).DateTime);
        var utcDay = DateOnly.FromDateTime(cutoff.UtcDateTime);
        var listed = await tracker.ListTimeEntriesAsync(link.TrackerProjectId, utcDay < cutoffDay ? utcDay : cutoffDay, ct);
        if (!listed.IsSuccess)
        {
            Log.TrackerCheckUnread(log, project.Key, link.Tracker, listed.Failure.Kind.ToString());
            if (!listed.Failure.IsTransient) await TellLeadsOfFailureAsync(audit, unitOfWork, project, pause, link, listed.Failure, ct);
            return 0;
        }

        var trackerStore = services.GetRequiredService<TrackerStore>();
        var known = await trackerStore.KnownEntryIdsAsync(pause.Id, link.Tracker, ct);
        var late = listed.Value.Where(e => !known.Contains(e.Id) && IsLate(e, cutoff, cutoffDay))
            .OrderBy(e => e.Date).ThenBy(e => e.PersonName, StringComparer.Ordinal).ToList();
        if (late.Count == 0) return 0;

        var now = time.GetUtcNow();
        foreach (var entry in late)
            trackerStore.AddLateEntry(new TrackerLateEntry(pause.Id, link.Tracker, entry.Id, entry.PersonName, entry.Email, entry.Hours, entry.Date, now));
        var digest = Digest(link.Tracker, late);
        var leads = TrackerMessages.LateHoursForLeads(project, pause, link, late).ToPayload();
        foreach (var lead in TrackerMessages.Recipients(project, options.Value.Admins))
            await unitOfWork.EnqueueAsync(OutboxIntent.Message(lead, OutboxKey.TrackerLateHours(pause.Id, digest, lead), leads), ct);
        var slack = services.GetRequiredService<ISlackApiClient>();
        foreach (var person in late.Where(e => e.Email is not null).GroupBy(e => e.Email!.Trim().ToLowerInvariant()))
            if (await SlackUserAsync(slack, project, person.Key, ct) is { } userId)
                await unitOfWork.EnqueueAsync(OutboxIntent.Message(userId, OutboxKey.TrackerLateHours(pause.Id, digest, userId),
                    TrackerMessages.LateHoursForContractor(project, pause, kind, [.. person]).ToPayload()), ct);
        audit.AddAudit(new AuditEvent(now, Core.Access.Actor.System.UserId, project.Key, "tracker.late-hours", "found",
            $"{late.Count} entries, {TrackerMessages.Hours(late.Sum(e => e.Hours))} in {kind.Name()} project {link.TrackerProjectId}: "
            + string.Join(", ", late.Take(10).Select(e => $"{e.PersonName} {TrackerMessages.Hours(e.Hours)} {e.Date:yyyy-MM-dd}"))));
        if (await unitOfWork.CommitAsync(ct) == CommitResult.Conflict) return 0; // another replica reported them first
        Log.TrackerLateHours(log, project.Key, late.Count, link.Tracker);
        return late.Count;
    }

    /// <summary>
    /// Logged after the cutoff: started (Toggl, Clockify) or entered (Harvest) at or after it; without such an instant, dated
    /// after the cutoff's day.
    /// </summary>
    internal static bool IsLate(TrackerTimeEntry entry, DateTimeOffset cutoff, DateOnly cutoffDay) =>
        entry.LoggedAt is { } at ? at >= cutoff && entry.Date >= cutoffDay.AddDays(-1) : entry.Date > cutoffDay;

    private async Task<string?> SlackUserAsync(ISlackApiClient slack, Project project, string email, CancellationToken ct)
    {
        try
        {
            var user = await slack.Users.LookupByEmailAsync(email, ct);
            return user.IsBot || user.Deleted ? null : user.Id;
        }
        catch (SlackApiException ex)
        {
            Log.TrackerEmailNotFound(log, project.Key, ex.Error); // users_not_found, or a scope/rate problem: the leads' DM still goes
            return null;
        }
    }

    private async Task TellLeadsOfFailureAsync(IAuditLog audit, IUnitOfWork unitOfWork, Project project, Pause pause, TrackerLink link,
        TrackerFailure failure, CancellationToken ct)
    {
        var payload = TrackerMessages.CheckFailed(project, link, failure).ToPayload();
        var added = false;
        foreach (var lead in TrackerMessages.Recipients(project, options.Value.Admins))
            added |= await unitOfWork.EnqueueAsync(OutboxIntent.Message(lead, OutboxKey.TrackerFailure(pause.Id, "check", link.Tracker, lead), payload), ct);
        if (!added) return; // told already during this pause
        audit.AddAudit(new AuditEvent(time.GetUtcNow(), Core.Access.Actor.System.UserId, project.Key, "tracker.check",
            "failed:" + failure.Kind.ToString().ToLowerInvariant(), failure.Message));
        await unitOfWork.CommitAsync(ct);
    }

    private static string Digest(string tracker, IEnumerable<TrackerTimeEntry> entries) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(tracker + "\n" + string.Join("\n", entries.Select(e => e.Id).Order(StringComparer.Ordinal)))))[..16];
}
