namespace PauseBot.Slack.Emulator;

/// <summary>Turns a <c>channel</c> argument into a conversation the bot may use, with Slack's errors.</summary>
internal static class ConversationResolver
{
    public static bool IsUserId(string id) => id.Length > 1 && id[0] is 'U' or 'W';

    /// <summary>For posting: a user id means the bot's DM with that user (opened on demand).</summary>
    public static EmulatedChannel ForPost(ApiContext c, bool allowUserId = true)
    {
        var id = c.Str("channel") ?? throw new SlackApiError("channel_not_found");
        var ws = c.Workspace;
        if (allowUserId && IsUserId(id))
            return ws.FindUser(id) is { Deleted: false } && ws.OpenDm(id) is { } dm ? dm : throw new SlackApiError("channel_not_found");
        var channel = Visible(ws, id) ?? throw new SlackApiError("channel_not_found");
        if (channel.IsArchived) throw c.Refuse("is_archived", "is_inactive", "channel_not_found");
        if (!channel.HasMember(ws.BotUserId)) throw c.Refuse("not_in_channel", "channel_not_found");
        return channel;
    }

    /// <summary>For reading: public channels, private channels the bot is in, and bot DMs.</summary>
    public static EmulatedChannel ForRead(ApiContext c) =>
        Visible(c.Workspace, c.Str("channel") ?? throw new SlackApiError("channel_not_found")) ?? throw new SlackApiError("channel_not_found");

    /// <summary>The conversation the chat.postMessage rate limit is counted against (for a user id: the DM, opened like Slack does).</summary>
    public static string? RateKey(EmulatorState state, string? channelArg) =>
        channelArg is not null && IsUserId(channelArg) ? state.Workspace.OpenDm(channelArg)?.Id ?? channelArg : channelArg;

    private static EmulatedChannel? Visible(EmulatedWorkspace ws, string id) =>
        ws.FindChannel(id) is { } ch && (!ch.IsPrivate || ch.HasMember(ws.BotUserId)) ? ch : null;
}
