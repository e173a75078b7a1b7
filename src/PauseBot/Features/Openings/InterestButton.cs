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
        if (await openings.FindOpeningAsync(id, ct) is not { } found || !await MaySeeAsync(userId, found, ct)
            || await board.InterestAsync(id, userId, ct) is not var (opening, result))
            return Reply("That opening no longer exists.");
        if (result is InterestResult.Added or InterestResult.AddedAndFilled)
        {
            var filled = result == InterestResult.AddedAndFilled;
            await outbox.EnqueueAsync(new OutboxMessage(OutboxKind.PostMessage, opening.Owner,
                OutboxPayload.Serialize(OpeningMessages.InterestToOwner(opening, userId, filled)),
                $"opening:{opening.Id}:interest:{userId}", time.GetUtcNow()), ct);
            try
            {
                await store.SaveChangesAsync(ct);
            }
            catch (ConcurrencyConflictException)
            {
                // A double click, or someone else took the last slot at the same moment: nothing was written.
                return Reply("That didn't go through because the opening changed at the same moment — please press it again.");
            }
            signal.Notify();
            return Reply($"🙋 Thanks — I've told <@{opening.Owner}> you're interested in opening #{opening.Id}. They'll be in touch.");
        }
        return Reply(result == InterestResult.AlreadyInterested
            ? $"You've already said you're interested in opening #{opening.Id}; <@{opening.Owner}> knows."
            : $"Sorry, opening #{opening.Id} is closed now (its slots are taken or it ended).");
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
