using PauseBot.Core.Openings;
using PauseBot.Core.Pauses;
using PauseBot.Core.Projects;
using PauseBot.Features.Shared;
using PauseBot.Slack.Blocks;

namespace PauseBot.Features.Pauses;

/// <summary>
/// Channel announcements for a pause. Contractors read these, so only the public reason, guidance and lead updates
/// appear — never the internal note. Every user-written text is escaped, so it can't ping @channel or fake a link.
/// </summary>
public static class PauseMessages
{
    public static SlackMessage Paused(Project project, Pause pause) => Paused(project, pause, []);

    /// <summary>The pause announcement; open <paramref name="openings"/> for its contractors are offered under it.</summary>
    public static SlackMessage Paused(Project project, Pause pause, IReadOnlyList<Opening> openings)
    {
        var name = Mrkdwn.Escape(project.DisplayName);
        var blocks = new List<Block>
        {
            Blocks.Header($"⏸ {Plain(project.DisplayName)} is paused"),
            Blocks.Section($"*Why:* {Mrkdwn.Escape(pause.PublicReason)}"),
            Blocks.Fields(
                $"*Not billable from*\n{CutoffText.Since(pause)}",
                $"*Expected to resume*\n{PauseTexts.Expected(pause)}",
                $"*Next update*\n{PauseTexts.NextUpdate(pause)}",
                $"*Questions*\n{PauseTexts.Contacts(project)}"),
            Blocks.Section($"*What to do now:* {Mrkdwn.Escape(pause.Guidance ?? PauseTexts.DefaultGuidance(project))}"),
            Blocks.Context($"{CutoffText.Between(pause) ?? "Hours you worked before the cutoff stay billable."} Ask me in a DM, e.g. “can I log hours?”"),
            Blocks.Actions("pause_actions",
                Blocks.Button(PauseTexts.AcknowledgeAction, "Acknowledge", pause.Id.ToString(), ButtonStyle.Primary),
                Blocks.Button(PauseTexts.NotifyMeAction, "Notify me when it resumes", pause.Id.ToString())),
        };
        if (openings.Count > 0)
        {
            blocks.Add(Blocks.Section("*Other work is available:*"));
            blocks.AddRange(OpeningBlocks.Sections(openings));
        }
        return new SlackMessage($"{name} is paused from {CutoffText.Since(pause)}: {Mrkdwn.Escape(pause.PublicReason)}", blocks);
    }

    public static SlackMessage Scheduled(Project project, Pause pause) => new(
        $"{Mrkdwn.Escape(project.DisplayName)} will pause at {SlackDate.Token(pause.EffectiveAt)}",
        [
            Blocks.Header($"⏳ {Plain(project.DisplayName)} will pause"),
            Blocks.Section($"Work on *{Mrkdwn.Escape(project.DisplayName)}* pauses at {SlackDate.Token(pause.EffectiveAt)}. "
                           + $"Hours until then are billable as usual.\n*Why:* {Mrkdwn.Escape(pause.PublicReason)}"),
            Blocks.Context($"Questions: {PauseTexts.Contacts(project)}"),
        ]);

    public static SlackMessage Cancelled(Project project, Pause pause) => new(
        $"The planned pause of {Mrkdwn.Escape(project.DisplayName)} is cancelled",
        [Blocks.Section($"✅ The pause of *{Mrkdwn.Escape(project.DisplayName)}* planned for {SlackDate.Token(pause.EffectiveAt)} is cancelled. Work continues as usual.")]);

    public static SlackMessage Resumed(Project project, Pause pause)
    {
        var at = pause.EndedAt ?? pause.EffectiveAt;
        var blocks = new List<Block>
        {
            Blocks.Header($"▶️ {Plain(project.DisplayName)} has resumed"),
            Blocks.Section($"Hours on *{Mrkdwn.Escape(project.DisplayName)}* are billable again from {SlackDate.Token(at)}."),
        };
        if (pause.ResumeMessage is { } message)
            blocks.Add(Blocks.Section(Mrkdwn.Escape(message)));
        blocks.Add(Blocks.Context($"Paused from {CutoffText.Since(pause)}. Questions: {PauseTexts.Contacts(project)}"));
        return new SlackMessage($"{Mrkdwn.Escape(project.DisplayName)} has resumed: hours are billable again from {SlackDate.Token(at)}", blocks);
    }

    public static SlackMessage Update(Project project, PauseUpdate update) => new(
        $"Update on {Mrkdwn.Escape(project.DisplayName)}: {Mrkdwn.Escape(update.Text)}",
        [
            Blocks.Section($"📣 *Update on {Mrkdwn.Escape(project.DisplayName)}*\n{Mrkdwn.Escape(update.Text)}"),
            Blocks.Context($"From <@{update.Author}> · {SlackDate.Token(update.At)}"
                           + (update.EditedAt is { } edited ? $" · edited {SlackDate.Token(edited)}" : "")),
        ]);

    // Header blocks are plain_text: no mrkdwn, nothing to escape, but keep them within Slack's 150 characters.
    private static string Plain(string text) => text.Length > 100 ? text[..100] + "…" : text;
}
