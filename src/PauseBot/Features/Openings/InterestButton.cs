using PauseBot.Core.Projects;
using System.Globalization;
using PauseBot.Core;
using PauseBot.Core.Openings;
using PauseBot.Core.Outbox;
using PauseBot.Features.Shared;
using PauseBot.Slack.Handlers;
using PauseBot.Slack.Inbound;

namespace PauseBot.Features.Openings;

/// <summary>"I'm interested": records interest once, DMs the opening's owner once, and closes the opening when its slots fill.</summary>
public sealed class InterestButton(OpeningBoard board, IOpeningStore openings, IProjectStore projects, IUnitOfWork unitOfWork,
    ProjectVisibility visibility, ActorFactory actors) : IBlockActionHandler
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
            await unitOfWork.EnqueueAsync(OutboxIntent.Message(opening.Owner, OutboxKey.OpeningInterest(opening.Id, userId),
                OpeningMessages.InterestToOwner(opening, userId, result == InterestResult.AddedAndFilled).ToPayload()), ct);
            if (await unitOfWork.CommitAsync(ct) == CommitResult.Conflict)
            {
                if (attempt < 3) continue;
                return Reply(Replies.Conflict);
            }
            return Reply($"🙋 Thanks — I've told <@{opening.Owner}> you're interested in opening #{opening.Id}. They'll be in touch.");
        }
    }

    private async Task<bool> MaySeeAsync(string userId, Opening opening, CancellationToken ct)
    {
        if (opening.IsForEveryone) return true;
        var actor = actors.For(userId);
        foreach (var key in opening.ProjectKeys)
            if (await projects.FindProjectAsync(key, ct) is { } project && await visibility.CanSeeAsync(actor, project, ct))
                return true;
        return false;
    }

    private static SlackResponse Reply(string text) => SlackResponse.Ephemeral(text) with { ReplaceOriginal = false };
}
