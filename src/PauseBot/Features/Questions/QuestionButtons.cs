using PauseBot.Core.Projects;
using PauseBot.Core;
using PauseBot.Core.Questions;
using PauseBot.Features.Shared;
using PauseBot.Slack.Handlers;
using PauseBot.Slack.Inbound;

namespace PauseBot.Features.Questions;

/// <summary>"Ask a lead" under an answer: the question goes to the project's leads as asked.</summary>
public sealed class AskLeadButton(QuestionAnswering answering, IProjectStore projects, ProjectVisibility visibility,
    ActorFactory actors, IntentClassifier classifier, IUnitOfWork unitOfWork) : IBlockActionHandler
{
    public async Task<SlackResponse?> HandleAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        var (key, question) = QuestionMessages.ParseAskLeadValue(action.Value);
        var project = await projects.FindProjectAsync(key, ct);
        if (project is null || !await visibility.CanSeeAsync(actors.For(payload.User.Id), project, ct) || question.Length == 0)
            return Reply("That button is out of date.");
        var channel = payload.Channel?.Id ?? payload.Container?.ChannelId ?? payload.User.Id;
        var thread = channel.StartsWith('D') ? null : payload.MessageTs;
        var text = await answering.EscalateAsync(new Asked(payload.User.Id, question, channel, thread), project,
            IntentNames.ToSnakeCase(classifier.ClassifyIfReady(question).Intent), ct); // on the ack path: never waits for the model
        if (await unitOfWork.CommitAsync(ct) == CommitResult.Conflict) return Reply(Replies.Conflict);
        return Reply(text);
    }

    internal static SlackResponse Reply(string text) => SlackResponse.Ephemeral(text) with { ReplaceOriginal = false };
}

/// <summary>The project picked for a question asked by someone in several projects: answer it for that one.</summary>
public sealed class PickProjectButton(QuestionAnswering answering, IProjectStore projects, ProjectVisibility visibility,
    ActorFactory actors, IUnitOfWork unitOfWork) : IBlockActionHandler
{
    public async Task<SlackResponse?> HandleAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        var key = action.ActionId[QuestionMessages.PickProjectPrefix.Length..];
        var project = await projects.FindProjectAsync(key, ct);
        if (project is null || !await visibility.CanSeeAsync(actors.For(payload.User.Id), project, ct))
            return AskLeadButton.Reply("That button is out of date.");
        var channel = payload.Channel?.Id ?? payload.Container?.ChannelId ?? payload.User.Id;
        var composed = await answering.ComposeAsync(
            new Asked(payload.User.Id, action.Value ?? "", channel, channel.StartsWith('D') ? null : payload.MessageTs), key, preview: false, ct);
        if (await unitOfWork.CommitAsync(ct) == CommitResult.Conflict) return AskLeadButton.Reply(Replies.Conflict);
        return SlackResponse.Ephemeral(composed.Message.Text, composed.Message.Blocks) with { ReplaceOriginal = true };
    }
}
