using PauseBot.Core;
using PauseBot.Core.Pauses;
using PauseBot.Slack.Handlers;
using PauseBot.Slack.Inbound;

namespace PauseBot.Features.Pauses;

/// <summary>The announcement's "Notify me when it resumes" button: one DM to the person when the pause ends.</summary>
public sealed class NotifyMeButton(ContractorActions actions, IPauseBotStore store) : IBlockActionHandler
{
    public async Task<SlackResponse?> HandleAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        if (!Guid.TryParse(action.Value, out var pauseId) || await store.FindPauseAsync(pauseId, ct) is not { } pause)
            return AcknowledgeButton.Ephemeral("That button is out of date.");
        if (!pause.IsOpen)
            return AcknowledgeButton.Ephemeral("This pause is already over — work has resumed.");
        var added = await actions.SubscribeAsync(pause.ProjectKey, payload.User.Id, ct);
        try
        {
            await store.SaveChangesAsync(ct);
        }
        catch (ConcurrencyConflictException)
        {
            added = false; // a double click: the other click subscribed first
        }
        return AcknowledgeButton.Ephemeral(added == true
            ? "🔔 I'll send you a DM when it resumes."
            : "🔔 You're already on the list; I'll DM you when it resumes.");
    }
}
