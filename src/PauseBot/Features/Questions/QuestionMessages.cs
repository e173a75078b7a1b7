using PauseBot.Core.Openings;
using PauseBot.Core.Pauses;
using PauseBot.Core.Projects;
using PauseBot.Core.Questions;
using PauseBot.Features.Shared;
using PauseBot.Slack.Blocks;

namespace PauseBot.Features.Questions;

/// <summary>Messages of the question flow: answers with their buttons, the lead's DM, the answer going back.</summary>
public static class QuestionMessages
{
    public const string AskLeadAction = "question_ask_lead";
    public const string PickProjectPrefix = "question_pick:";
    public const string AnswerAction = "question_answer";

    public static SlackMessage Answer(string text, Project? project, Pause? open, string question, IReadOnlyList<Opening>? openings = null)
    {
        var blocks = new List<Block> { Blocks.Section(Blocks.Truncate(text, 3000)) };
        if (openings is { Count: > 0 })
            blocks.Add(Blocks.Actions("answer_openings", [.. openings.Take(OpeningBlocks.MaxShown).Select(o =>
                Blocks.Button(OpeningBlocks.InterestAction, $"I'm interested in #{o.Id}", o.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))]));
        var buttons = new List<ButtonElement>();
        if (open is { State: PauseState.Active })
            buttons.Add(Blocks.Button(PauseTexts.NotifyMeAction, "Notify me when it resumes", open.Id.ToString()));
        if (project is not null && project.Leads.Count > 0)
            buttons.Add(Blocks.Button(AskLeadAction, "Ask a lead", AskLeadValue(project.Key, question)));
        if (buttons.Count > 0) blocks.Add(Blocks.Actions("answer_actions", [.. buttons]));
        return new SlackMessage(Blocks.Truncate(text, 3000), blocks);
    }

    public static SlackMessage PickProject(IReadOnlyList<Project> projects, string question) => new(
        "Which project do you mean?",
        [
            Blocks.Section("You're part of several projects. Which one is your question about?"),
            Blocks.Actions("pick_project", [.. projects.Take(10).Select(p =>
                Blocks.Button(PickProjectPrefix + p.Key, Blocks.Truncate(p.DisplayName, 75), Blocks.Truncate(question, 1900)))]),
        ]);

    public static SlackMessage NoProject() => new(
        "I don't see you in any project channel I know, so I can't tell you about a project's hours. "
        + "If you think you should be, ask your lead to add you to the project's channel.", []);

    /// <summary>The DM a lead gets for a question the bot could not answer.</summary>
    public static SlackMessage ToLead(Project project, Question question) => new(
        $"Question from <@{question.AskerId}> about {Mrkdwn.Escape(project.DisplayName)}",
        [
            Blocks.Section($"❓ <@{question.AskerId}> asked about *{Mrkdwn.Escape(project.DisplayName)}*:\n>{Mrkdwn.Escape(Blocks.Truncate(question.Text, 2500))}"),
            Blocks.Actions("question_actions", Blocks.Button(AnswerAction, "Answer", question.Id.ToString(), ButtonStyle.Primary)),
        ]);

    /// <summary>The lead's answer, posted where the question was asked (the DM, or the mention's thread).</summary>
    public static SlackMessage AnswerFromLead(Project project, Question question) => new(
        $"Answer from <@{question.AnsweredBy}>: {Mrkdwn.Escape(question.Answer ?? "")}",
        [
            Blocks.Section($"💬 <@{question.AnsweredBy}> answered your question about *{Mrkdwn.Escape(project.DisplayName)}*:\n"
                           + $">{Mrkdwn.Escape(Blocks.Truncate(question.Text, 500))}\n{Mrkdwn.Escape(Blocks.Truncate(question.Answer ?? "", 2000))}"),
        ]);

    public static string AskLeadValue(string projectKey, string question) => projectKey + "\n" + Blocks.Truncate(question, 1900);

    public static (string ProjectKey, string Question) ParseAskLeadValue(string? value)
    {
        var split = (value ?? "").Split('\n', 2);
        return (split[0], split.Length > 1 ? split[1] : "");
    }
}
