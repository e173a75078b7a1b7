using PauseBot.Core.Openings;
using PauseBot.Features.Shared;
using PauseBot.Slack.Blocks;

namespace PauseBot.Features.Openings;

/// <summary>The openings slice's own messages (how openings look elsewhere: <see cref="OpeningBlocks"/>).</summary>
public static class OpeningMessages
{
    /// <summary>The DM the owner gets when someone is interested.</summary>
    public static SlackMessage InterestToOwner(Opening opening, string userId, bool filled) => new(
        $"<@{userId}> is interested in opening #{opening.Id}",
        [
            Blocks.Section($"🙋 <@{userId}> is interested in your opening *#{opening.Id}*:\n>{Mrkdwn.Escape(Blocks.Truncate(opening.Text, 500))}"),
            Blocks.Context(filled
                ? "All slots are taken now, so the opening is closed and no longer shown."
                : $"Interested so far: {opening.Interests.Count}. See everyone with `/pausebot openings interest {opening.Id}`."),
        ]);
}
