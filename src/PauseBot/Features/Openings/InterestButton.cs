using System.Globalization;
using PauseBot.Core;
using PauseBot.Core.Openings;
using PauseBot.Features.Shared;
using PauseBot.Outbox;
using PauseBot.Persistence.Outbox;
using PauseBot.Slack.Handlers;
using PauseBot.Slack.Inbound;

namespace PauseBot.Features.Openings;

/// <summary>"I'm interested": records interest once, DMs the opening's owner once, and closes the opening when its slots fill.</summary>
public sealed class InterestButton(OpeningBoard board, IOpeningStore openings, IPauseBotStore store, OutboxStore outbox, ProjectVisibility visibility,
    ActorFactory actors, OutboxSignal signal, TimeProvider time) : IBlockActionHandler
{
    public async Task<SlackResponse?> HandleAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        var userId = payload.User.Id;
        if (!int.TryParse(action.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            return Reply("That button is out of date.");
        // A double click, or two people taking the last slot at once: the loser's save fails and it tries again on
        // fresh state, where it finds the interest already recorded or the opening closed.
        for (var attempt = 1; ; attempt++)
        {
            if (await openings.FindOpeningAsync(id, ct) is not { } found || !await MaySeeAsync(userId, found, ct)
                || await board.InterestAsync(id, userId, ct) is not var (opening, result))
                return Reply("That opening no longer exists.");
            if (result is not (InterestResult.Added or InterestResult.AddedAndFilled))
                return Reply(result == InterestResult.AlreadyInterested
                    ? $"You've already said you're interested in opening #{opening.Id}; <@{opening.Owner}> knows."
                    : $"Sorry, opening #{opening.Id} is closed now (its slots are taken or it ended).");
            await outbox.EnqueueAsync(new OutboxMessage(OutboxKind.PostMessage, opening.Owner,
                OutboxPayload.Serialize(OpeningMessages.InterestToOwner(opening, userId, result == InterestResult.AddedAndFilled)),
                $"opening:{opening.Id}:interest:{userId}", time.GetUtcNow()), ct);
            try
            {
                await store.SaveChangesAsync(ct);
            }
            catch (ConcurrencyConflictException) when (attempt < 3)
            {
                continue;
            }
            signal.Notify();
            return Reply($"🙋 Thanks — I've told <@{opening.Owner}> you're interested in opening #{opening.Id}. They'll be in touch.");
        }
    }

    private async Task<bool> MaySeeAsync(string userId, Opening opening, CancellationToken ct)
    {
        if (opening.IsForEveryone) return true;
        var actor = actors.For(userId);
        foreach (var key in opening.ProjectKeys)
            if (await store.FindProjectAsync(key, ct) is { } project && await visibility.CanSeeAsync(actor, project, ct))
                return true;
        return false;
    }

    private static SlackResponse Reply(string text) => SlackResponse.Ephemeral(text) with { ReplaceOriginal = false };
}
