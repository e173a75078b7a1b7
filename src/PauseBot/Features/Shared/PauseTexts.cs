using PauseBot.Core.Pauses;
using PauseBot.Core.Projects;
using PauseBot.Slack.Blocks;

namespace PauseBot.Features.Shared;

/// <summary>The facts of a pause as every surface words them (announcements, status, answers, App Home), and its buttons' ids.</summary>
public static class PauseTexts
{
    /// <summary>The Acknowledge button under an announcement.</summary>
    public const string AcknowledgeAction = "pause_ack";

    /// <summary>The "Notify me when it resumes" button (announcement, App Home, answers).</summary>
    public const string NotifyMeAction = "pause_notify";

    public static string Expected(Pause pause) =>
        (pause.ScheduledResumeAt ?? pause.ExpectedResumeAt) is { } at ? SlackDate.Token(at) : "No date yet";

    public static string NextUpdate(Pause pause) =>
        pause.NextUpdateBy is { } at ? $"By {SlackDate.Token(at)}" : "When there is news";

    /// <summary>Who to ask: the project's leads, mentioned.</summary>
    public static string Contacts(Project project) =>
        project.Leads.Count == 0 ? "a project lead" : string.Join(", ", project.Leads.Select(l => $"<@{l.UserId}>"));

    public static string DefaultGuidance(Project project) =>
        $"Stop work on {project.DisplayName} and don't log hours from the cutoff until it resumes.";
}
