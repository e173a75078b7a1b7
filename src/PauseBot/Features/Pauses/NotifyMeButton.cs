using PauseBot.Core;
using PauseBot.Core.Pauses;
using PauseBot.Features.Shared;
using PauseBot.Slack.Handlers;
using PauseBot.Slack.Inbound;

namespace PauseBot.Features.Pauses;

/// <summary>
/// The "Notify me when it resumes" button (announcement, App Home, answers): one DM to the person when the pause ends. A
/// pause that is over already gets an answer saying so, and no subscription that nobody would ever act on.
/// </summary>
public sealed class NotifyMeButton(ContractorActions actions, ResumeNotices notices, IUnitOfWork unitOfWork)
    : IBlockActionHandler
{
    public async Task<SlackResponse?> HandleAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        if (!Guid.TryParse(action.Value, out var pauseId))
            return AcknowledgeButton.Ephemeral("That button is out of date.");
        var outcome = await actions.SubscribeAsync(pauseId, payload.User.Id, ct);
        if (outcome is Subscribed { Added: true } subscribed)
            await notices.EnqueueAfterSubscribingAsync(subscribed.Pause, payload.User.Id, ct);
        if (await unitOfWork.CommitAsync(ct) == CommitResult.Conflict && outcome is Subscribed s)
            outcome = s with { Added = false }; // a double click: the other click subscribed first
        return AcknowledgeButton.Ephemeral(outcome is null ? "That button is out of date." : Replies.Text(outcome));
    }
}
