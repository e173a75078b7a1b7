using PauseBot.Core.Projects;
using PauseBot.Core;
using PauseBot.Core.Pauses;
using PauseBot.Core.Scheduling;
using PauseBot.Features.Shared.Text;
using PauseBot.Features.Shared;
using PauseBot.Slack.Blocks;
using PauseBot.Slack.Handlers;
using PauseBot.Slack.Inbound;
using PauseBot.Slack.WebApi;

namespace PauseBot.Features.Schedules;

/// <summary>The reminder's Snooze buttons (1 h, 4 h, tomorrow 09:00 in the project's zone).</summary>
public sealed class SnoozeButton(PromiseKeeper keeper, IProjectStore projects, IPauseStore pauses, IUnitOfWork unitOfWork, ActorFactory actors, TimeProvider time)
    : IBlockActionHandler
{
    public async Task<SlackResponse?> HandleAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        if (StatusMessages.ParseValue(action.Value) is not { } promise || await pauses.FindPauseAsync(promise.PauseId, ct) is not { } pause
            || await projects.FindProjectAsync(pause.ProjectKey, ct) is not { } project)
            return Reply("That reminder is out of date.");
        var now = time.GetUtcNow();
        var until = action.ActionId[StatusMessages.SnoozePrefix.Length..] switch
        {
            "1h" => now.AddHours(1),
            "4h" => now.AddHours(4),
            _ => TimeExpression.Parse("tomorrow 09:00", now, project.TimeZone).Instant,
        };
        var outcome = await keeper.SnoozeAsync(actors.For(payload.User.Id), promise.PauseId, promise.Due, until, ct);
        if (await unitOfWork.CommitAsync(ct) == CommitResult.Conflict)
            outcome = new Unchanged(new NoChange.AlreadySnoozed()); // a second click raced the first
        return Reply(outcome is ProjectChanged ? $"😴 Snoozed: I'll check again {SlackDate.Token(until)}." : Replies.Text(outcome));
    }

    internal static SlackResponse Reply(string text) => SlackResponse.Ephemeral(text) with { ReplaceOriginal = false };
}

/// <summary>The reminder's Post update button: a one-field form that posts a lead update.</summary>
public sealed class PostUpdateModal(IViewsApi views, IPauseStore pauses, PauseLifecycle lifecycle, LifecycleRunner runner, ActorFactory actors)
    : IBlockActionHandler, IViewSubmissionHandler
{
    public const string CallbackId = "promise_update_modal";

    public async Task<SlackResponse?> HandleAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        if (StatusMessages.ParseValue(action.Value) is not { } promise || await pauses.FindPauseAsync(promise.PauseId, ct) is not { IsOpen: true } pause)
            return SnoozeButton.Reply("That pause is over.");
        if (payload.TriggerId is null) return SnoozeButton.Reply($"Post it with `/pausebot update {pause.ProjectKey} <message…>`.");
        var modal = Blocks.Modal(CallbackId, "Post an update",
            [Blocks.TextInput("update", "What contractors should hear", "value", multiline: true)], submit: "Post", close: "Cancel",
            privateMetadata: pause.ProjectKey);
        try
        {
            await views.OpenAsync(payload.TriggerId, modal, ct);
            return null;
        }
        catch (SlackApiException)
        {
            return SnoozeButton.Reply($"I couldn't open the form. Post it with `/pausebot update {pause.ProjectKey} <message…>`.");
        }
    }

    public async Task<ViewSubmissionResponse?> HandleAsync(ViewSubmissionPayload payload, CancellationToken ct)
    {
        var key = payload.View.PrivateMetadata ?? "";
        var text = payload.View.State?.Get("update", "value")?.Value ?? "";
        var outcome = await runner.RunAsync(key, () => lifecycle.PostUpdateAsync(actors.For(payload.User.Id), key, text, false, ct), ct);
        return outcome is UpdatePosted ? null
            : ViewSubmissionResponse.Errors(new Dictionary<string, string> { ["update"] = Blocks.Truncate(Replies.Text(outcome).Replace("*", ""), 150) });
    }
}
