using PauseBot.Core;
using PauseBot.Core.Pauses;
using PauseBot.Features.Shared;
using PauseBot.Slack.Handlers;
using PauseBot.Slack.Inbound;

namespace PauseBot.Features.Pauses;

/// <summary>The announcement's Acknowledge button: recorded once per person; leads see the count in status.</summary>
public sealed class AcknowledgeButton(ContractorActions actions, IUnitOfWork unitOfWork) : IBlockActionHandler
{
    public async Task<SlackResponse?> HandleAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        if (!Guid.TryParse(action.Value, out var pauseId))
            return Ephemeral("That button is out of date.");
        var first = await actions.AcknowledgeAsync(pauseId, payload.User.Id, ct);
        if (first is null) return Ephemeral("That pause no longer exists.");
        if (await unitOfWork.CommitAsync(ct) == CommitResult.Conflict)
            first = false; // a double click: the other click's acknowledgement was saved first
        return Ephemeral(first.Value ? "✅ Thanks — your lead can see you've acknowledged the pause." : "You've already acknowledged this pause.");
    }

    // Sent to response_url: an ephemeral reply that leaves the announcement itself untouched.
    internal static SlackResponse Ephemeral(string text) => SlackResponse.Ephemeral(text) with { ReplaceOriginal = false };
}
