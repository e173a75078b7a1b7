using System.Diagnostics;
using PauseBot.Core;
using PauseBot.Core.Openings;
using PauseBot.Core.Pauses;
using PauseBot.Slack.Blocks;
using PauseBot.Slack.Handlers;

namespace PauseBot.Features.Shared;

/// <summary>
/// Ephemeral replies to the person who ran a command: every <see cref="Outcome"/> in words, in one exhaustive switch
/// (RepliesTests renders every outcome there is, so a new one fails a test until it has words). Leads may see the internal note.
/// </summary>
public static class Replies
{
    public static SlackResponse Ephemeral(string mrkdwn) => SlackResponse.Ephemeral(mrkdwn);

    public static SlackResponse For(Outcome outcome) => Ephemeral(Text(outcome));

    /// <summary>The reply when a change lost a race (<see cref="CommitResult.Conflict"/>): nothing of it was written.</summary>
    public const string Conflict = "Someone changed this at the same moment, so nothing changed. Please try again.";

    public static string Text(Outcome outcome) => outcome switch
    {
        Paused { Pause.State: PauseState.Scheduled } p =>
            $"⏳ *{Mrkdwn.Escape(p.Project.DisplayName)}* will pause at {SlackDate.Token(p.Pause.EffectiveAt)}. "
            + $"I'll announce it in {Channels(p.Project)} then.{InternalLine(p.Pause)}",
        Paused p =>
            $"⏸ *{Mrkdwn.Escape(p.Project.DisplayName)}* is paused from {CutoffText.Since(p.Pause)}. "
            + $"Announcing in {Channels(p.Project)}.{InternalLine(p.Pause)}",
        AlreadyPaused a =>
            $"*{Mrkdwn.Escape(a.Project.DisplayName)}* is already {(a.Existing.State == PauseState.Scheduled ? "scheduled to pause" : "paused")} "
            + $"(since {CutoffText.Since(a.Existing)}). Nothing changed. Use `/pausebot update {a.Project.Key} …` to post news.",
        BackdateToConfirm c => CutoffText.Confirmation(c),
        BackdateCancelled c =>
            $"✅ Cancelled: *{Mrkdwn.Escape(c.Project.DisplayName)}* is not paused from {SlackDate.Token(c.Draft.EffectiveAt)}. Nothing changed.",
        Resumed { Kind: ResumeKind.Scheduled } r =>
            $"⏳ *{Mrkdwn.Escape(r.Project.DisplayName)}* will resume at {SlackDate.Token(r.Pause.ScheduledResumeAt ?? r.Pause.EffectiveAt)}. I'll announce it then.",
        Resumed { Kind: ResumeKind.Cancelled } r =>
            $"✅ The planned pause of *{Mrkdwn.Escape(r.Project.DisplayName)}* is cancelled.",
        Resumed r => $"▶️ *{Mrkdwn.Escape(r.Project.DisplayName)}* has resumed. Announcing in {Channels(r.Project)}.",
        NotPaused n => $"*{Mrkdwn.Escape(n.Project.DisplayName)}* is not paused. Nothing changed.",
        UpdatePosted { Edited: true } u => $"✏️ Update on *{Mrkdwn.Escape(u.Project.DisplayName)}* corrected in {Channels(u.Project)}.",
        UpdatePosted u => $"📣 Update posted to {Channels(u.Project)}.",
        ProjectChanged c => $"✅ `{c.Project.Key}`: {ReasonText.Of(c.What)}.",
        ScheduleAdded a =>
            $"✅ Schedule `{a.Schedule.Id}` for `{a.Project.Key}`: {a.Schedule.Spec} ({a.Project.TimeZoneId}). It posts only while the project is paused.",
        ScheduleRemoved r => $"✅ Schedule `{r.Schedule.Id}` ({r.Schedule.Spec}) removed from `{r.Project.Key}`.",
        Subscribed { Added: true } => "🔔 I'll send you a DM when it resumes.",
        Subscribed => "🔔 You're already on the list; I'll DM you when it resumes.",
        PauseOver over => PauseOverText(over),
        OpeningPosted p => $"✅ Opening *#{p.Opening.Id}* posted.",
        OpeningClosed c => $"✅ Opening #{c.Opening.Id} is closed ({c.Opening.Interests.Count} interested).",
        Unchanged u => ReasonText.Of(u.Why),
        Refused r => $"🚫 {Mrkdwn.Escape(ReasonText.Of(r.Why))}", // reasons quote what the user typed
        Invalid i => $"⚠️ {Mrkdwn.Escape(ProblemText.Of(i.What))}",
        NotFound n => $"There is no project `{Mrkdwn.Escape(n.Key)}`. See `/pausebot project list`.",
        _ => throw new UnreachableException($"No words for {outcome.GetType().Name}: add it to Replies.Text."),
    };

    /// <summary>The answer to "notify me" about a pause that is over already: since when hours are billable again.</summary>
    public static string PauseOverText(PauseOver over)
    {
        var name = $"*{Mrkdwn.Escape(over.Project.DisplayName)}*";
        return over.ResumedAt is { } at
            ? $"▶️ {name} has already resumed — hours are billable again since {SlackDate.Token(at)}. Nothing to wait for, so I haven't added you to a list."
            : $"{name}'s pause was called off before it began, so hours stayed billable. Nothing to wait for.";
    }

    private static string Channels(Core.Projects.Project project) =>
        string.Join(", ", project.Channels.Select(c => $"<#{c.ChannelId}>"));

    // Replies go only to the lead or admin who acted, so the internal note may be echoed back to them.
    private static string InternalLine(Pause pause) =>
        pause.InternalNote is { } note ? $"\n_Internal note (leads and admins only):_ {Mrkdwn.Escape(note)}" : "";
}
