namespace PauseBot.Slack.Inbound;

/// <summary>
/// Drops events the bot must not react to (PROTOCOL §3.5, Bolt's ignoring_self_events): any bot's message
/// (<c>bot_id</c>), the bot's own user, and message subtypes (edits, deletes, joins). member_joined_channel is kept.
/// </summary>
internal static class SelfEventFilter
{
    public static bool ShouldIgnore(SlackEvent slackEvent, BotIdentity? me) => slackEvent switch
    {
        MemberJoinedChannel => false,
        MessageEvent m => !string.IsNullOrEmpty(m.BotId) || !string.IsNullOrEmpty(m.Subtype) || IsMe(m.User, me),
        AppMention a => !string.IsNullOrEmpty(a.BotId) || IsMe(a.User, me),
        _ => false,
    };

    private static bool IsMe(string? userId, BotIdentity? me) =>
        me is not null && !string.IsNullOrEmpty(userId) && string.Equals(userId, me.UserId, StringComparison.Ordinal);
}
