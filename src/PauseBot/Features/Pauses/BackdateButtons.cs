using PauseBot.Core.Pauses;
using PauseBot.Core;
using PauseBot.Features.Shared;
using PauseBot.Slack.Handlers;
using PauseBot.Slack.Inbound;
using PauseBot.Slack.WebApi;

namespace PauseBot.Features.Pauses;

/// <summary>
/// Confirm and Cancel under a backdated pause (in the ephemeral reply or in the pause form). Each uses the draft once: a
/// second press, or one racing the first, finds it gone and changes nothing (two Confirms racing end in one pause).
/// The answer replaces the confirmation, so its buttons go away.
/// </summary>
public sealed class BackdateButtons(PauseLifecycle lifecycle, LifecycleRunner runner, ActorFactory actors, IViewsApi views, ILogger<BackdateButtons> log)
    : IBlockActionHandler
{
    public async Task<SlackResponse?> HandleAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        string text;
        if (!Guid.TryParse(action.Value, out var draftId))
        {
            text = "That button is out of date. Run the command again.";
        }
        else
        {
            var actor = actors.For(payload.User.Id);
            var outcome = await runner.RunDraftAsync(() => action.ActionId == BackdateConfirmation.ConfirmAction
                ? lifecycle.ConfirmAsync(actor, draftId, ct)
                : lifecycle.CancelAsync(actor, draftId, ct), ct);
            text = Replies.Text(outcome);
        }
        if (payload.View is not { } view) return SlackResponse.Ephemeral(text) with { ReplaceOriginal = true };
        try
        {
            await views.UpdateAsync(BackdateConfirmation.Result(text), view.Id, ct: ct);
        }
        catch (SlackApiException ex)
        {
            Log.BackdateViewNotUpdated(log, payload.User.Id, ex.Error); // the form was closed meanwhile: what was done stands
        }
        return null;
    }
}
