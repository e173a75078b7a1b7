using PauseBot.Core.Pauses;
using PauseBot.Core.Projects;
using PauseBot.Features.Shared;
using PauseBot.Slack.Blocks;

namespace PauseBot.Features.Schedules;

/// <summary>Scheduled status updates, promise heartbeats and the leads' reminder. Public facts only.</summary>
public static class StatusMessages
{
    public const string SnoozePrefix = "promise_snooze:";
    public const string PostUpdateAction = "promise_post_update";

    public static SlackMessage StatusUpdate(Project project, Pause pause, DateTimeOffset now)
    {
        var day = Math.Max(1, (int)Math.Floor((now - pause.EffectiveAt).TotalDays) + 1);
        var latest = pause.LatestUpdate is { } u
            ? $"*Latest update* ({SlackDate.Token(u.At)}): {Mrkdwn.Escape(u.Text)}" : "*Latest update:* none yet";
        return new SlackMessage(
            $"{Mrkdwn.Escape(project.DisplayName)}: day {day} of the pause, not billable since {CutoffText.Since(pause)}",
            [
                Blocks.Section($"🗓 *{Mrkdwn.Escape(project.DisplayName)}* — day {day} of the pause. Hours are not billable since {CutoffText.Since(pause)}."),
                Blocks.Fields($"*Expected to resume*\n{PauseTexts.Expected(pause)}", $"*Next update*\n{PauseTexts.NextUpdate(pause)}"),
                Blocks.Section(latest),
                Blocks.Context($"Why: {Mrkdwn.Escape(pause.PublicReason)}", $"Questions: {PauseTexts.Contacts(project)}"),
            ]);
    }

    public static SlackMessage Heartbeat(Project project, Pause pause, DateTimeOffset nextDue)
    {
        var since = pause.LatestUpdate?.At ?? pause.AnnouncedAt;
        return new SlackMessage(
            $"{Mrkdwn.Escape(project.DisplayName)}: no change since {SlackDate.Token(since)}; next update by {SlackDate.Token(nextDue)}",
            [Blocks.Section($"⏸ *{Mrkdwn.Escape(project.DisplayName)}* is still paused. No change since {SlackDate.Token(since)}; "
                            + $"next update by {SlackDate.Token(nextDue)}. Hours remain not billable.")]);
    }

    /// <summary>The DM to each lead when a promised update did not come; the buttons carry the promise they are about.</summary>
    public static SlackMessage LeadReminder(Project project, Pause pause, DateTimeOffset promisedAt, DateTimeOffset nextDue)
    {
        var value = $"{pause.Id}|{nextDue.UtcTicks}";
        return new SlackMessage(
            $"Reminder: the update on {Mrkdwn.Escape(project.DisplayName)} promised for {SlackDate.Token(promisedAt)} hasn't been posted",
            [
                Blocks.Section($"⏰ The update on *{Mrkdwn.Escape(project.DisplayName)}* promised for {SlackDate.Token(promisedAt)} hasn't been posted. "
                               + $"I told the channel there's no change and promised the next update by {SlackDate.Token(nextDue)}."),
                Blocks.Actions("promise_actions",
                    Blocks.Button(PostUpdateAction, "Post update", value, ButtonStyle.Primary),
                    Blocks.Button(SnoozePrefix + "1h", "Snooze 1 h", value),
                    Blocks.Button(SnoozePrefix + "4h", "Snooze 4 h", value),
                    Blocks.Button(SnoozePrefix + "tomorrow", "Snooze until tomorrow", value)),
            ]);
    }

    public static (Guid PauseId, DateTimeOffset Due)? ParseValue(string? value)
    {
        var parts = (value ?? "").Split('|');
        return parts.Length == 2 && Guid.TryParse(parts[0], out var id) && long.TryParse(parts[1], out var ticks)
            ? (id, new DateTimeOffset(ticks, TimeSpan.Zero)) : null;
    }
}
