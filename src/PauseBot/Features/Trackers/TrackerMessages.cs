using System.Globalization;
using PauseBot.Core.Pauses;
using PauseBot.Core.Projects;
using PauseBot.Features.Shared;
using PauseBot.Persistence.Integrations;
using PauseBot.Slack.Blocks;
using PauseBot.TimeTracking;

namespace PauseBot.Features.Trackers;

/// <summary>The words of the tracker slice: DMs to leads and contractors, and how a link and hours are written.</summary>
public static class TrackerMessages
{
    private const int MaxLines = 20; // a section block holds 3000 characters
    /// <summary>Who hears about a project's tracker: its leads, or the admins when it has none.</summary>
    public static IReadOnlyList<string> Recipients(Project project, IReadOnlyList<string> admins) =>
        project.Leads.Count > 0 ? [.. project.Leads.Select(l => l.UserId)] : admins;

    /// <summary><c>Harvest project `123` “Chordus website”</c>.</summary>
    public static string Describe(TrackerKind kind, string projectId, string projectName) =>
        $"{kind.DisplayName()} project `{Mrkdwn.Escape(projectId)}` “{Mrkdwn.Escape(projectName)}”";

    public static string Describe(TrackerLink link) =>
        TrackerKinds.TryParse(link.Tracker, out var kind) ? Describe(kind, link.TrackerProjectId, link.TrackerProjectName)
            : $"{link.Tracker} project `{Mrkdwn.Escape(link.TrackerProjectId)}`";

    /// <summary>1.5 → "1.5 h", 2 → "2 h".</summary>
    public static string Hours(decimal hours) => hours.ToString("0.##", CultureInfo.InvariantCulture) + " h";

    public static string Day(DateOnly day) => day.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>A tracker call that no retry fixes (401, 403, 404, another 4xx): what failed, why, what to do.</summary>
    public static SlackMessage CallFailed(Project project, Pause pause, TrackerKind kind, TrackerJob job, TrackerFailure failure)
    {
        var what = Describe(kind, job.TrackerProjectId, job.TrackerProjectName);
        var consequence = job.Action == TrackerJob.Reactivate
            ? $"It may still be archived there: make it active by hand in {kind.DisplayName()}."
            : $"Until it is, people can still log hours there: {job.Doing} it by hand in {kind.DisplayName()}, or fix the cause and link it again with `/pausebot tracker link {project.Key} {kind.Name()} {job.TrackerProjectId}`.";
        return Text($"⚠️ I could not {job.Doing} {what} for *{Mrkdwn.Escape(project.DisplayName)}* "
                    + $"(paused {CutoffText.Since(pause)}). {Mrkdwn.Escape(failure.Message)}\n{consequence}");
    }

    /// <summary>A tracker that keeps failing transiently: told once; the outbox keeps retrying.</summary>
    public static SlackMessage StillTrying(Project project, TrackerKind kind, TrackerJob job, TrackerFailure failure) =>
        Text($"⏳ {kind.DisplayName()} isn't answering, so I haven't managed to {job.Doing} {Describe(kind, job.TrackerProjectId, job.TrackerProjectName)} "
             + $"for *{Mrkdwn.Escape(project.DisplayName)}* yet. {Mrkdwn.Escape(failure.Message)}\n"
             + $"I keep trying with backoff and will do it as soon as {kind.DisplayName()} answers (see `/pausebot audit {project.Key}`). "
             + $"If you can't wait, {job.Doing} it by hand in {kind.DisplayName()}.");

    /// <summary>The tracker link can't be used at all (its connector was removed from the configuration).</summary>
    public static SlackMessage NotConfigured(Project project, TrackerJob job) =>
        Text($"⚠️ *{Mrkdwn.Escape(project.DisplayName)}* is linked to {Mrkdwn.Escape(job.Tracker)} project `{Mrkdwn.Escape(job.TrackerProjectId)}`, "
             + $"but PauseBot has no {Mrkdwn.Escape(job.Tracker)} credentials any more (TimeTracking section), so I could not {job.Doing} it. "
             + $"Ask an admin to configure it, or do it by hand.");

    /// <summary>Reading the tracker for late hours failed in a way no retry fixes.</summary>
    public static SlackMessage CheckFailed(Project project, TrackerLink link, TrackerFailure failure) =>
        Text($"⚠️ I can't read time entries of {Describe(link)} for *{Mrkdwn.Escape(project.DisplayName)}*, so I can't tell you about hours "
             + $"logged during the pause. {Mrkdwn.Escape(failure.Message)}");

    /// <summary>The leads' digest of entries found after the cutoff.</summary>
    public static SlackMessage LateHoursForLeads(Project project, Pause pause, TrackerLink link, IReadOnlyList<TrackerTimeEntry> entries)
    {
        var lines = entries.Take(MaxLines).Select(e => $"• {Mrkdwn.Escape(e.PersonName)} — {Hours(e.Hours)} on {Day(e.Date)}"
                                        + (e.IsRunning ? " (timer still running)" : "")
                                        + (pause.IsBackdated && e.LoggedAt < pause.AnnouncedAt ? " (before the announcement)" : "")
                                        + $" · entry `{Mrkdwn.Escape(e.Id)}`").ToList();
        if (entries.Count > MaxLines)
            lines.Add($"• …and {entries.Count - MaxLines} more ({Hours(entries.Skip(MaxLines).Sum(e => e.Hours))}); the CSV export counts them all.");
        return Text($"⏱️ Hours logged on *{Mrkdwn.Escape(project.DisplayName)}* in {Describe(link)} after the billable cutoff "
                    + $"({CutoffText.Since(pause)}):\n{string.Join("\n", lines)}\n"
                    + $"These hours are *not billable*: the project is paused. I've told each person I could find in Slack by their email."
                    + (pause.IsBackdated && pause.BackdatePolicy == BackdatePolicy.Cutoff
                        ? " The cutoff was set after the fact, so hours logged between it and the announcement are listed too." : ""));
    }

    /// <summary>The DM to a contractor whose entries were found after the cutoff.</summary>
    public static SlackMessage LateHoursForContractor(Project project, Pause pause, TrackerKind kind, IReadOnlyList<TrackerTimeEntry> entries)
    {
        var what = string.Join(", ", entries.Select(e => $"{Hours(e.Hours)} on {Day(e.Date)}"));
        var leads = project.Leads.Count == 0 ? "a PauseBot admin" : string.Join(" or ", project.Leads.Select(l => $"<@{l.UserId}>"));
        return Text($"Hi! You logged {what} on *{Mrkdwn.Escape(project.DisplayName)}* in {kind.DisplayName()} after the project was paused "
                    + $"({CutoffText.Since(pause)}). Hours logged during a pause are *not billable*, so please don't log time on "
                    + $"{Mrkdwn.Escape(project.DisplayName)} until it resumes. If you think this is wrong, ask {leads}.");
    }

    private static SlackMessage Text(string text) => new(text, [Blocks.Section(text)]);
}
