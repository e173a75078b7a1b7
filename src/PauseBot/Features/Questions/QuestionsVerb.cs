using PauseBot.Core.Projects;
using PauseBot.Core.Questions;
using PauseBot.Core;
using PauseBot.Features.Shared;
using PauseBot.Slack.Blocks;
using PauseBot.Slack.Handlers;

namespace PauseBot.Features.Questions;

/// <summary><c>/pausebot questions &lt;key&gt;</c>: the open questions of a project, each with an Answer button (leads).</summary>
public sealed class QuestionsVerb(IProjectStore projects, IQuestionStore questions) : IPauseBotVerb, IPauseBotVerbInfo
{
    public static string Name => "questions";

    public static IReadOnlyList<string> Usage => ["`/pausebot questions <key>` — open questions contractors asked, to answer (leads)"];

    public async Task<SlackResponse> HandleAsync(CommandContext context, string text, CancellationToken ct)
    {
        var (key, project) = await ManagedProject.FindAsync(projects, context.Actor, text, ct);
        if (project is null)
            return Replies.Ephemeral($"🚫 Only leads of `{Mrkdwn.Escape(key)}` and PauseBot admins can see its questions. Usage: {Usage[0]}");
        var open = await questions.OpenQuestionsAsync(key, ct);
        if (open.Count == 0) return Replies.Ephemeral($"No open questions for *{Mrkdwn.Escape(project.DisplayName)}*. 🎉");
        var blocks = new List<Block> { Blocks.Section($"*Open questions for {Mrkdwn.Escape(project.DisplayName)}* ({open.Count})") };
        foreach (var q in open.Take(20))
            blocks.Add(Blocks.Section($"<@{q.AskerId}> · {SlackDate.Token(q.AskedAt)}\n>{Mrkdwn.Escape(Blocks.Truncate(q.Text, 2500))}",
                Blocks.Button(QuestionMessages.AnswerAction, "Answer", q.Id.ToString())));
        return SlackResponse.Ephemeral($"{open.Count} open questions for {project.DisplayName}", blocks);
    }
}
