using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace PauseBot.Slack.Emulator;

/// <summary>
/// <c>conversations.history</c>: top-level messages of a conversation the bot is in, newest first, between <c>oldest</c> and
/// <c>latest</c> (exclusive unless <c>inclusive</c>), <c>limit</c> per page (default 100, at most 999), with a Slack-like
/// <c>next_ts:</c> cursor. Message metadata is returned only with <c>include_all_metadata</c>. Errors as Slack:
/// <c>channel_not_found</c>, <c>missing_scope</c>, <c>not_in_channel</c>, <c>invalid_ts_oldest</c>, <c>invalid_ts_latest</c>,
/// <c>invalid_cursor</c>.
/// </summary>
internal static class ConversationHistory
{
    private const string CursorPrefix = "next_ts:";
    private const int DefaultLimit = 100;
    private const int MaxLimit = 999;

    public static JsonObject History(ApiContext c)
    {
        var channel = ConversationResolver.ForRead(c);
        c.RequireScope(channel.IsIm ? "im:history" : channel.IsPrivate ? "groups:history" : "channels:history");
        if (!channel.HasMember(c.Workspace.BotUserId)) throw new SlackApiError("not_in_channel");

        var oldest = Ts(c.Str("oldest"), "invalid_ts_oldest") ?? 0m;
        var latest = Ts(c.Str("latest"), "invalid_ts_latest");
        var inclusive = c.Bool("inclusive");
        var before = Cursor(c.Str("cursor"));
        var limit = (int)Math.Clamp(c.Long("limit") is > 0 and var l ? l : DefaultLimit, 1, MaxLimit);
        var withMetadata = c.Bool("include_all_metadata");

        var matching = c.Workspace.Messages.In(channel.Id)
            .Where(m => !m.IsReply)
            .Select(m => (Message: m, Ts: decimal.Parse(m.Ts, CultureInfo.InvariantCulture)))
            .Where(m => inclusive ? m.Ts >= oldest : m.Ts > oldest)
            .Where(m => latest is not { } upTo || (inclusive ? m.Ts <= upTo : m.Ts < upTo))
            .Where(m => before is not { } cursorTs || m.Ts < cursorTs)
            .OrderByDescending(m => m.Ts)
            .ToList();
        var page = matching.Take(limit).ToList();
        var hasMore = matching.Count > page.Count;

        var messages = new JsonArray();
        foreach (var (message, _) in page)
        {
            var json = message.ToJson(c.Workspace.TeamId, c.Workspace.AppId);
            if (!withMetadata) json.Remove("metadata");
            messages.Add(json);
        }
        var r = ApiContext.Ok();
        r["messages"] = messages;
        r["has_more"] = hasMore;
        r["pin_count"] = 0;
        r["channel_actions_ts"] = null;
        r["channel_actions_count"] = 0;
        if (hasMore)
            r["response_metadata"] = new JsonObject { ["next_cursor"] = EncodeCursor(page[^1].Message.Ts) };
        return r;
    }

    // Slack accepts "1512085950", "1512085950.000216" and "0"; anything else is invalid_ts_*.
    private static decimal? Ts(string? value, string error)
    {
        if (value is null) return null;
        return decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var ts) ? ts : throw new SlackApiError(error);
    }

    private static string EncodeCursor(string ts) => Convert.ToBase64String(Encoding.UTF8.GetBytes(CursorPrefix + ts));

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
