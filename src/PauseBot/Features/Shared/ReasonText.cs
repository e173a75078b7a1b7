using System.Diagnostics;
using System.Globalization;
using PauseBot.Core;
using PauseBot.Core.Projects;
using PauseBot.Slack.Blocks;

namespace PauseBot.Features.Shared;

/// <summary>Refusals, reasons nothing changed, and project changes, in words (exhaustive; see <see cref="Replies"/>).</summary>
public static class ReasonText
{
    public static string Of(Refusal refusal) => refusal switch
    {
        Refusal.NotALead { Action: LeadAction.Pause } r => $"You can't pause `{r.ProjectKey}`: only its leads and PauseBot admins can.",
        Refusal.NotALead { Action: LeadAction.Resume } r => $"You can't resume `{r.ProjectKey}`: only its leads and PauseBot admins can.",
        Refusal.NotALead { Action: LeadAction.PostUpdates } r =>
            $"You can't post updates for `{r.ProjectKey}`: only its leads and PauseBot admins can.",
        Refusal.NotALead { Action: LeadAction.ChangeSchedules } r =>
            $"Only leads of `{r.ProjectKey}` and PauseBot admins can change its schedules and quiet days.",
        Refusal.NotALead { Action: LeadAction.SnoozeReminder } => "Only this project's leads and PauseBot admins can snooze its reminder.",
        Refusal.NotALead { Action: LeadAction.PostOpenings } r =>
            $"You can only post openings for projects you lead; you don't lead `{r.ProjectKey}`.",
        Refusal.NotALead r => throw new UnreachableException($"No words for refusing {r.Action}."),
        Refusal.UnknownProject r => $"There is no project `{r.ProjectKey}`. See `/pausebot project list`.",
        Refusal.NotYourRequest r => $"Only the lead who asked for this backdated pause of `{r.ProjectKey}` can confirm or cancel it.",
        Refusal.NotAnAdmin => "Only PauseBot admins can manage projects (`PauseBot:Admins` in the configuration).",
        Refusal.LeadsNothing => "Only project leads and PauseBot admins can post openings.",
        Refusal.NotTheOpeningsManager => "Only the person who posted an opening, its projects' leads and admins can close it.",
        _ => throw new UnreachableException($"No words for {refusal.GetType().Name}: add it to ReasonText."),
    };

    public static string Of(NoChange why) => why switch
    {
        NoChange.ProjectExists p => $"Project `{p.ProjectKey}` already exists.",
        NoChange.AlreadyAChannel c => $"<#{c.ChannelId}> is already a channel of `{c.ProjectKey}`.",
        NoChange.NotAChannel c => $"<#{c.ChannelId}> is not a channel of `{c.ProjectKey}`, or it is the last one (a project keeps at least one).",
        NoChange.AlreadyALead l => $"<@{l.UserId}> already leads `{l.ProjectKey}`.",
        NoChange.NotALead l => $"<@{l.UserId}> is not a lead of `{l.ProjectKey}`.",
        NoChange.AlreadyQuiet q => $"{Date(q.Date)} is already a quiet day.",
        NoChange.NotQuiet q => $"{Date(q.Date)} is not a quiet day.",
        NoChange.OpeningAlreadyClosed o => $"Opening #{o.Id} is already closed.",
        NoChange.AlreadySnoozed => "Already snoozed or updated; nothing changed.",
        NoChange.ConfirmationUsed =>
            "This request was already confirmed, cancelled or has expired, so nothing changed. See `/pausebot status <project>`.",
        NoChange.ChangedConcurrently c =>
            $"Someone changed this project at the same moment, so nothing changed. See `/pausebot status {c.ProjectKey}`.",
        _ => throw new UnreachableException($"No words for {why.GetType().Name}: add it to ReasonText."),
    };

    /// <summary>What changed, as the end of "✅ `key`: …".</summary>
    public static string Of(ProjectChange what) => what switch
    {
        ProjectChange.Created => "created",
        ProjectChange.ChannelAdded c => $"channel <#{c.ChannelId}> added",
        ProjectChange.ChannelRemoved c => $"channel <#{c.ChannelId}> removed",
        ProjectChange.LeadAdded l => $"<@{l.UserId}> is now a lead",
        ProjectChange.LeadRemoved l => $"<@{l.UserId}> is no longer a lead",
        ProjectChange.TimeZoneSet z => $"time zone set to {z.ZoneId}",
        ProjectChange.QuietWeekends { Quiet: true } => "weekends are quiet (no scheduled posts)",
        ProjectChange.QuietWeekends => "weekends are no longer quiet",
        ProjectChange.QuietDateAdded d => $"{Date(d.Date)} is a quiet day",
        ProjectChange.QuietDateRemoved d => $"{Date(d.Date)} is no longer a quiet day",
        ProjectChange.ReminderSnoozed s => $"next update due {SlackDate.Token(s.Until)}",
        _ => throw new UnreachableException($"No words for {what.GetType().Name}: add it to ReasonText."),
    };

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
