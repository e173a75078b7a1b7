using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace PauseBot.Slack.Emulator;

/// <summary>
/// <c>conversations.history</c> (top-level messages, newest first) and <c>conversations.replies</c> (a thread: parent, then
/// replies oldest first) of a conversation the bot is in: messages between <c>oldest</c> and <c>latest</c> (exclusive unless
/// <c>inclusive</c>), <c>limit</c> per page, a Slack-like <c>next_ts:</c> cursor, metadata only with
/// <c>include_all_metadata</c>. Errors as Slack: <c>channel_not_found</c>, <c>missing_scope</c>, <c>not_in_channel</c>,
/// <c>thread_not_found</c>, <c>invalid_ts_oldest</c>, <c>invalid_ts_latest</c>, <c>invalid_cursor</c>.
/// </summary>
internal static class HistoryMethods
{
    private const string CursorPrefix = "next_ts:";

    public static JsonObject History(ApiContext c)
    {
        var channel = Readable(c);
        var messages = c.Workspace.Messages.In(channel.Id).Where(m => !m.IsReply);
        var r = Page(c, messages, newestFirst: true, defaultLimit: 100, maxLimit: 999);
        r["pin_count"] = 0;
        r["channel_actions_ts"] = null;
        r["channel_actions_count"] = 0;
        return r;
    }

    public static JsonObject Replies(ApiContext c)
    {
        var channel = Readable(c);
        var ts = c.Str("ts");
        if (ts is null || c.Workspace.Messages.Find(channel.Id, ts) is not { IsDeleted: false }) throw new SlackApiError("thread_not_found");
        var thread = c.Workspace.Messages.In(channel.Id).Where(m => m.Ts == ts || m.ThreadTs == ts);
        return Page(c, thread, newestFirst: false, defaultLimit: 1000, maxLimit: 1000);
    }

    private static EmulatedChannel Readable(ApiContext c)
    {
        var channel = ConversationResolver.ForRead(c);
        if (!channel.HasMember(c.Workspace.BotUserId)) throw c.Refuse("not_in_channel", "channel_not_found");
        return channel;
    }

    private static JsonObject Page(ApiContext c, IEnumerable<SlackMessage> messages, bool newestFirst, int defaultLimit, int maxLimit)
    {
        var oldest = Ts(c.Str("oldest"), "invalid_ts_oldest") ?? 0m;
        var latest = Ts(c.Str("latest"), "invalid_ts_latest");
        var inclusive = c.Bool("inclusive");
        var after = Cursor(c.Str("cursor"));
        var limit = (int)Math.Clamp(c.Long("limit") is > 0 and var l ? l : defaultLimit, 1, maxLimit);
        var withMetadata = c.Bool("include_all_metadata");

        var window = messages
            .Select(m => (Message: m, Ts: decimal.Parse(m.Ts, CultureInfo.InvariantCulture)))
            .Where(m => inclusive ? m.Ts >= oldest : m.Ts > oldest)
            .Where(m => latest is not { } upTo || (inclusive ? m.Ts <= upTo : m.Ts < upTo))
            .Where(m => after is not { } cursorTs || (newestFirst ? m.Ts < cursorTs : m.Ts > cursorTs));
        var ordered = (newestFirst ? window.OrderByDescending(m => m.Ts) : window.OrderBy(m => m.Ts)).ToList();
        var page = ordered.Take(limit).ToList();
        var hasMore = ordered.Count > page.Count;

        var json = new JsonArray();
        foreach (var (message, _) in page)
        {
            var m = message.ToJson(c.Workspace.TeamId, c.Workspace.AppId);
            if (!withMetadata) m.Remove("metadata");
            json.Add(m);
        }
        var r = ApiContext.Ok();
        r["messages"] = json;
        r["has_more"] = hasMore;
        if (hasMore)
            r["response_metadata"] = new JsonObject { ["next_cursor"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(CursorPrefix + page[^1].Message.Ts)) };
        return r;
    }

    // Slack accepts "1512085950", "1512085950.000216" and "0"; anything else is invalid_ts_*.
    private static decimal? Ts(string? value, string error)
    {
        if (value is null) return null;
        return decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var ts) ? ts : throw new SlackApiError(error);
    }

    private static decimal? Cursor(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor)) return null;
        try
        {
            var plain = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (plain.StartsWith(CursorPrefix, StringComparison.Ordinal)
                && decimal.TryParse(plain[CursorPrefix.Length..], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var ts))
                return ts;
        }
        catch (FormatException) { }
        throw new SlackApiError("invalid_cursor");
    }
}
