using PauseBot.Features.Shared;
using PauseBot.Slack.Blocks;

namespace PauseBot.Features.Questions;

/// <summary>
/// The one line every answer carries while a project is paused (or about to be), whatever was asked, so a wrong or
/// unsure guess still tells the contractor what matters: are hours billable now, since when (the cutoff), when it is
/// expected to resume, and who to ask.
/// </summary>
public static class Essentials
{
    public static string? For(AnswerFacts f)
    {
        if (f.Open is not { } open || f.State is not (ProjectState.Paused or ProjectState.PauseScheduled)) return null;
        var name = $"*{Mrkdwn.Escape(f.Project.DisplayName)}*";
        var hours = f.State == ProjectState.Paused
            ? $"hours are *not billable* since {CutoffText.Since(open)}"
            : $"hours are billable until {SlackDate.Token(open.EffectiveAt)}, then not billable";
        var resume = open.ScheduledResumeAt is { } at ? $"resumes {SlackDate.Token(at)}"
            : open.ExpectedResumeAt is { } e ? $"expected to resume {SlackDate.Token(e)} (an estimate)"
            : "no resume date yet";
        return $"⏸ {name}: {hours} · {resume} · questions: {PauseTexts.Contacts(f.Project)}";
    }

    /// <summary>The answer when the classifier had a guess but not enough confidence to answer it; the essentials follow.</summary>
    public static string Unsure(AnswerFacts f) =>
        $"I'm not sure I understood, so I won't guess: press *Ask a lead* and {PauseTexts.Contacts(f.Project)} will answer here."
        + (For(f) is null ? " " + Answers.For(Core.Questions.Intent.Status, f) : " Where things stand:");
}
