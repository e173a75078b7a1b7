using PauseBot.Core.Pauses;
using PauseBot.Core.Projects;
using PauseBot.Slack.Blocks;

namespace PauseBot.Features.Shared;

/// <summary>
/// The status of one project as text. Contractors get the public facts; leads and admins additionally get the
/// internal note and who has (not) acknowledged.
/// </summary>
public static class StatusView
{
    public static string Line(Project project, Pause? open, DateTimeOffset now) => open switch
    {
        null => $"▶️ *{Mrkdwn.Escape(project.DisplayName)}* (`{project.Key}`): not paused — hours are billable.",
        { State: PauseState.Scheduled } => $"⏳ *{Mrkdwn.Escape(project.DisplayName)}* (`{project.Key}`): pauses at {SlackDate.Token(open.EffectiveAt)}.",
        _ => $"⏸ *{Mrkdwn.Escape(project.DisplayName)}* (`{project.Key}`): paused since {CutoffText.Since(open)} (day {DayOf(open, now)}).",
    };

    public static string Detail(Project project, IReadOnlyList<Pause> history, DateTimeOffset now, LeadView? lead)
    {
        var open = history.FirstOrDefault(p => p.IsOpen);
        var billable = BillableRule.IsBillable(history, now);
        var lines = new List<string> { Line(project, open, now), $"*Billable now:* {(billable ? "yes" : "no")}" };
        if (open is not null)
        {
            if (CutoffText.Between(open) is { } between)
                lines.Add(between);
            lines.Add($"*Why:* {Mrkdwn.Escape(open.PublicReason)}");
            lines.Add($"*Expected to resume:* {PauseTexts.Expected(open)}");
            lines.Add($"*Next update:* {PauseTexts.NextUpdate(open)}");
            if (open.LatestUpdate is { } update)
                lines.Add($"*Latest update* ({SlackDate.Token(update.At)}): {Mrkdwn.Escape(update.Text)}");
            if (open.Guidance is { } guidance)
                lines.Add($"*What to do now:* {Mrkdwn.Escape(guidance)}");
        }
        else if (history.LastOrDefault(p => p.State == PauseState.Ended) is { EndedAt: { } ended } last && now - ended < TimeSpan.FromDays(14))
        {
            lines.Add($"Resumed {SlackDate.Token(ended)}; hours before {CutoffText.Since(last)} and from the resume on are billable.");
        }
        lines.Add($"*Questions:* {PauseTexts.Contacts(project)}");
        if (lead is not null && open is not null)
        {
            if (open.InternalNote is { } note)
                lines.Add($"_Internal note (leads and admins only):_ {Mrkdwn.Escape(note)}");
            lines.Add(Acknowledgements(open, lead.Contractors));
        }
        return string.Join("\n", lines);
    }

    private static string Acknowledgements(Pause open, IReadOnlySet<string> contractors)
    {
        var acked = open.Acknowledgements.Select(a => a.UserId).ToHashSet();
        var missing = contractors.Where(c => !acked.Contains(c)).Order().ToList();
        var shown = string.Join(", ", missing.Take(30).Select(u => $"<@{u}>"));
        var more = missing.Count > 30 ? $" and {missing.Count - 30} more" : "";
        return $"*Acknowledged:* {acked.Count} of {contractors.Count + acked.Count(a => !contractors.Contains(a))}"
               + (missing.Count == 0 ? " — everyone." : $" — not yet: {shown}{more}");
    }

    private static int DayOf(Pause pause, DateTimeOffset now) => Math.Max(1, (int)Math.Floor((now - pause.EffectiveAt).TotalDays) + 1);
}

/// <summary>What only leads see: the contractors expected to acknowledge (channel members minus leads and the bot).</summary>
public sealed record LeadView(IReadOnlySet<string> Contractors);
