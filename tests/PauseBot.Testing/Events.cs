using System.Text.Json.Nodes;
using PauseBot.Slack.Emulator;

namespace PauseBot.Testing;

/// <summary>Inner event builders shaped like <c>Payloads/events_*.json</c>; wrap them with <see cref="SlackTestClient.SendEventAsync"/>.</summary>
public static class Events
{
    private static readonly object Gate = new();
    private static long _lastMicros;

    /// <summary>A user <c>message</c> (<paramref name="channelType"/> <c>im</c>, <c>channel</c>, <c>group</c> or <c>mpim</c>).</summary>
    public static JsonObject Message(string user, string channel, string text, string channelType = "im", string? ts = null,
        string? threadTs = null, string teamId = SlackTestClient.DefaultTeamId)
    {
        ts ??= NextTs();
        var o = new JsonObject
        {
            ["client_msg_id"] = Guid.NewGuid().ToString(), ["type"] = "message", ["text"] = text, ["user"] = user, ["ts"] = ts,
            ["team"] = teamId, ["blocks"] = RichText(text), ["channel"] = channel, ["event_ts"] = ts, ["channel_type"] = channelType,
        };
        if (threadTs is not null) o["thread_ts"] = threadTs;
        return o;
    }

    /// <summary>An <c>app_mention</c>; <paramref name="text"/> should contain <c>&lt;@U0BOT&gt;</c>.</summary>
    public static JsonObject AppMention(string user, string channel, string text, string? ts = null, string teamId = SlackTestClient.DefaultTeamId)
    {
        ts ??= NextTs();
        return new JsonObject
        {
            ["client_msg_id"] = Guid.NewGuid().ToString(), ["type"] = "app_mention", ["text"] = text, ["user"] = user, ["ts"] = ts,
            ["team"] = teamId, ["channel"] = channel, ["event_ts"] = ts,
        };
    }

    /// <summary>An <c>app_home_opened</c>; the channel defaults to the emulator's DM id for the user (<c>D</c> + id without its first letter).</summary>
    public static JsonObject AppHomeOpened(string user, string? channel = null, string tab = "home", JsonObject? view = null)
    {
        var o = new JsonObject
        {
            ["type"] = "app_home_opened", ["user"] = user, ["channel"] = channel ?? "D" + user[1..], ["event_ts"] = NextTs(), ["tab"] = tab,
        };
        if (view is not null) o["view"] = view.DeepClone();
        return o;
    }

    /// <summary>A <c>member_joined_channel</c> (<paramref name="channelType"/> <c>C</c> public, <c>G</c> private).</summary>
    public static JsonObject MemberJoined(string user, string channel, string channelType = "C", string inviter = "",
        string teamId = SlackTestClient.DefaultTeamId) =>
        new()
        {
            ["type"] = "member_joined_channel", ["user"] = user, ["channel"] = channel, ["channel_type"] = channelType,
            ["team"] = teamId, ["inviter"] = inviter, ["event_ts"] = NextTs(),
        };

    /// <summary>A unique, increasing Slack ts from the system clock.</summary>
    public static string NextTs()
    {
        lock (Gate)
        {
            var now = (TimeProvider.System.GetUtcNow().UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;
            _lastMicros = now > _lastMicros ? now : _lastMicros + 1;
            return SlackTs.FormatMicros(_lastMicros);
        }
    }

    private static JsonArray RichText(string text) =>
        new(new JsonObject
        {
            ["type"] = "rich_text", ["block_id"] = Guid.NewGuid().ToString("N")[..3],
            ["elements"] = new JsonArray(new JsonObject
            {
                ["type"] = "rich_text_section",
                ["elements"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = text }),
            }),
        });
}
