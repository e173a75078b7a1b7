using PauseBot.Features.Shared;
using PauseBot.Core.Questions;
using PauseBot.Slack.Blocks;

namespace PauseBot.Features.Questions;

/// <summary>
/// The direct answer to each intent in each project state. Built only from the billable rule and the public parts
/// of the pause (reason, guidance, estimates, lead updates) — never from the internal note.
/// </summary>
public static class Answers
{
    public static string For(Intent intent, AnswerFacts f)
    {
        var name = $"*{Mrkdwn.Escape(f.Project.DisplayName)}*";
        var open = f.Open;
        var cutoff = open is null ? null : SlackDate.Token(open.NotBillableFrom);
        var since = open is null ? null : CutoffText.Since(open);
        return (intent, f.State) switch
        {
            (Intent.BillableStatus, ProjectState.Paused) =>
                $"No. Hours on {name} are not billable since {since}. {CutoffText.Between(open!) ?? "Hours you worked before then are not affected."} "
                + $"Don't log time until it resumes{ResumeHint(f)}; press *Notify me* and I'll tell you when it does.",
            (Intent.BillableStatus, ProjectState.PauseScheduled) =>
                $"Yes, for now. Hours on {name} are billable until {cutoff}, when the project pauses. Don't log time from then on.",
            (Intent.BillableStatus, _) => $"Yes. Hours on {name} are billable — the project is not paused.{ResumedSince(f)}",

            (Intent.PastHours, ProjectState.Paused or ProjectState.PauseScheduled) => PastHours(name, open!, f),
            (Intent.PastHours, ProjectState.Resumed) when f.LastEnded is { EndedAt: { } ended } last =>
                $"Hours on {name} before {CutoffText.Since(last)} and from {SlackDate.Token(ended)} on are billable; "
                + "time in between, while the project was paused, is not.",
            (Intent.PastHours, _) => $"{name} isn't paused, so the hours you logged are billable as usual.",

            (Intent.ResumeEta, ProjectState.Paused) => ResumeEta(name, f),
            (Intent.ResumeEta, ProjectState.PauseScheduled) =>
                $"{name} hasn't paused yet: it pauses at {cutoff}.{(open!.ExpectedResumeAt is { } e ? $" It's expected to resume {SlackDate.Token(e)} (an estimate)." : "")}",
            (Intent.ResumeEta, ProjectState.Resumed) => $"{name} has already resumed.{ResumedSince(f)} Hours are billable again.",
            (Intent.ResumeEta, _) => $"{name} isn't paused, so there's nothing to resume. Hours are billable.",

            (Intent.PauseReason, ProjectState.Paused or ProjectState.PauseScheduled) =>
                $"What the leads can share about {name}: {Mrkdwn.Escape(open!.PublicReason)}{LatestUpdate(f)}",
            (Intent.PauseReason, ProjectState.Resumed) when f.LastEnded is { } last =>
                $"{name} was paused because: {Mrkdwn.Escape(last.PublicReason)}. It has resumed since.",
            (Intent.PauseReason, _) => $"{name} isn't paused.",

            (Intent.NextSteps, ProjectState.Paused) =>
                $"{Mrkdwn.Escape(open!.Guidance ?? PauseTexts.DefaultGuidance(f.Project))} Don't log hours on {name} from {cutoff}. "
                + $"If you'd like other work meanwhile, ask {PauseTexts.Contacts(f.Project)}.",
            (Intent.NextSteps, ProjectState.PauseScheduled) =>
                $"Keep working on {name} as usual until {cutoff}. From then on: {Mrkdwn.Escape(open!.Guidance ?? PauseTexts.DefaultGuidance(f.Project))}",
            (Intent.NextSteps, _) => $"Carry on with {name} as usual — hours are billable.",

            (Intent.AlternativeWork, _) when f.Openings.Count > 0 =>
                $"{OpeningBlocks.Summary(f.Openings)}\nPress *I'm interested* and I'll tell whoever posted it. Questions: {PauseTexts.Contacts(f.Project)}.",
            (Intent.AlternativeWork, _) =>
                $"I don't have other openings listed right now. {PauseTexts.Contacts(f.Project)} know what else is available — I can pass your question on: press *Ask a lead*.",
            (Intent.Contact, _) =>
                $"For {name}, ask {PauseTexts.Contacts(f.Project)}. You can also ask me here and I'll pass your question to them.",
            (Intent.Status, _) => Status(name, f),
            _ => $"I'm not sure about that one. For {name}, ask {PauseTexts.Contacts(f.Project)}.",
        };
    }

    /// <summary>
    /// Hours already worked. For a backdated pause the straight answer: which side of the cutoff they fall, also when they were
    /// worked before anyone announced it (the policy decides), and whom to ask about it.
    /// </summary>
    private static string PastHours(string name, Core.Pauses.Pause open, AnswerFacts f)
    {
        var cutoff = SlackDate.Token(open.EffectiveAt);
        var announced = SlackDate.Token(open.AnnouncedAt);
        var ask = $"If that leaves you with hours you're unsure about, ask {PauseTexts.Contacts(f.Project)}.";
        if (!open.IsBackdated)
            return $"Hours you worked on {name} before {cutoff} are billable as usual — log and invoice them normally. "
                   + "Only time from the cutoff on is not billable.";
        return open.BackdatePolicy == Core.Pauses.BackdatePolicy.Announcement
            ? $"Hours you worked on {name} until the pause was announced ({announced}) are billable, also those after the cutoff ({cutoff}): "
              + $"here hours count until the announcement. Log and invoice them normally; time from {announced} on is not billable. {ask}"
            : $"Hours you worked on {name} before {cutoff} are billable as usual. Time from {cutoff} on is *not* billable, even if you worked "
              + $"it before the pause was announced ({announced}): the cutoff was set after the fact. {ask}";
    }

    private static string ResumeEta(string name, AnswerFacts f)
    {
        var open = f.Open!;
        if (open.ScheduledResumeAt is { } at)
            return $"{name} resumes {SlackDate.Token(at)}. From then on hours are billable again.";
        var estimate = open.ExpectedResumeAt is { } e ? $"{name} is expected to resume {SlackDate.Token(e)} — an estimate, not a promise." : $"There's no resume date for {name} yet.";
        var next = open.NextUpdateBy is { } n ? $" The leads will post an update by {SlackDate.Token(n)}." : " I'll post in the project channel when there is news.";
        return estimate + next + " Press *Notify me* and I'll DM you when it resumes.";
    }

    private static string Status(string name, AnswerFacts f) => f.State switch
    {
        ProjectState.Paused =>
            $"{name} is paused since {CutoffText.Since(f.Open!)}: {Mrkdwn.Escape(f.Open!.PublicReason)}. Hours are not billable. "
            + $"Expected to resume: {PauseTexts.Expected(f.Open!)}.{LatestUpdate(f)}",
        ProjectState.PauseScheduled => $"{name} is running, but pauses at {SlackDate.Token(f.Open!.EffectiveAt)}: {Mrkdwn.Escape(f.Open.PublicReason)}.",
        ProjectState.Resumed => $"{name} is running again.{ResumedSince(f)} Hours are billable.",
        _ => $"{name} is running as usual. Hours are billable.",
    };

    private static string ResumeHint(AnswerFacts f) =>
        f.Open?.ScheduledResumeAt is { } at ? $" ({SlackDate.Token(at)})"
        : f.Open?.ExpectedResumeAt is { } e ? $" (expected {SlackDate.Token(e)}, an estimate)" : "";

    private static string ResumedSince(AnswerFacts f) =>
        f.LastEnded?.EndedAt is { } ended && f.Open is null ? $" It resumed {SlackDate.Token(ended)}." : "";

    private static string LatestUpdate(AnswerFacts f) =>
        f.Open?.LatestUpdate is { } u ? $"\nLatest update ({SlackDate.Token(u.At)}): {Mrkdwn.Escape(u.Text)}" : "";
}
