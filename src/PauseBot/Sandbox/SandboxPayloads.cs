using System.Text.Json.Nodes;
using PauseBot.Slack.Emulator;

namespace PauseBot.Sandbox;

/// <summary>Slack's inbound shapes (slash command form, event envelope, interaction payloads) for the sandbox workspace.</summary>
public static class SandboxPayloads
{
    public const string VerificationToken = "sandbox-verification-token";

    public static IEnumerable<(string, string)> Command(EmulatedWorkspace ws, EmulatedUser user, EmulatedChannel channel,
        string command, string text, string responseUrl, string triggerId) =>
    [
        ("token", VerificationToken), ("team_id", ws.TeamId), ("team_domain", ws.Domain), ("channel_id", channel.Id),
        ("channel_name", channel.IsIm ? "directmessage" : channel.Name), ("user_id", user.Id), ("user_name", user.Name),
        ("command", command), ("text", text), ("api_app_id", ws.AppId), ("is_enterprise_install", "false"),
        ("response_url", responseUrl), ("trigger_id", triggerId),
    ];

    public static JsonObject EventEnvelope(EmulatedWorkspace ws, JsonObject inner, DateTimeOffset now) => new()
    {
        ["token"] = VerificationToken, ["team_id"] = ws.TeamId, ["api_app_id"] = ws.AppId, ["event"] = inner,
        ["type"] = "event_callback", ["event_id"] = "Ev" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant(),
        ["event_time"] = now.ToUnixTimeSeconds(),
        ["authorizations"] = new JsonArray(new JsonObject
        {
            ["enterprise_id"] = null, ["team_id"] = ws.TeamId, ["user_id"] = ws.BotUserId, ["is_bot"] = true, ["is_enterprise_install"] = false,
        }),
        ["is_ext_shared_channel"] = false, ["event_context"] = $"4-{inner["type"]}-{ws.TeamId}-{inner["channel"]}",
    };

    /// <summary>A <c>message</c> (DM: <c>channel_type</c> im) or <c>app_mention</c> event for a stored user message.</summary>
    public static JsonObject MessageEvent(string type, SlackMessage message, string teamId, string? channelType)
    {
        var o = new JsonObject
        {
            ["client_msg_id"] = Guid.NewGuid().ToString(), ["type"] = type, ["text"] = message.Text, ["user"] = message.UserId,
            ["ts"] = message.Ts, ["team"] = teamId, ["channel"] = message.Channel, ["event_ts"] = message.Ts,
        };
        if (channelType is not null) o["channel_type"] = channelType;
        if (message.ThreadTs is not null) o["thread_ts"] = message.ThreadTs;
        return o;
    }

    public static JsonObject AppHomeOpened(string userId, string dmChannel, JsonObject? view, string eventTs)
    {
        var o = new JsonObject { ["type"] = "app_home_opened", ["user"] = userId, ["channel"] = dmChannel, ["tab"] = "home", ["event_ts"] = eventTs };
        if (view is not null) o["view"] = view;
        return o;
    }

    /// <summary>A <c>block_actions</c> payload for a button on a message (<paramref name="message"/>) or in a view (<paramref name="view"/>).</summary>
    public static JsonObject BlockActions(EmulatedWorkspace ws, EmulatedUser user, JsonObject action, string triggerId,
        SlackMessage? message, JsonObject? view, string? responseUrl, string actionTs, (string Channel, string Ts)? ephemeral = null)
    {
        action["action_ts"] = actionTs;
        var payload = new JsonObject
        {
            ["type"] = "block_actions", ["user"] = User(ws, user), ["api_app_id"] = ws.AppId, ["token"] = VerificationToken,
            ["trigger_id"] = triggerId, ["team"] = new JsonObject { ["id"] = ws.TeamId, ["domain"] = ws.Domain },
        };
        if (message is not null)
        {
            payload["container"] = new JsonObject
            {
                ["type"] = "message", ["message_ts"] = message.Ts, ["channel_id"] = message.Channel, ["is_ephemeral"] = false,
            };
            payload["channel"] = new JsonObject { ["id"] = message.Channel, ["name"] = ws.FindChannel(message.Channel)?.Name ?? message.Channel };
            payload["message"] = message.ToJson(ws.TeamId, ws.AppId);
            payload["state"] = new JsonObject { ["values"] = new JsonObject() };
            if (responseUrl is not null) payload["response_url"] = responseUrl;
        }
        else if (ephemeral is { } e)
        {
            payload["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = e.Ts, ["channel_id"] = e.Channel, ["is_ephemeral"] = true };
            payload["channel"] = new JsonObject { ["id"] = e.Channel, ["name"] = ws.FindChannel(e.Channel)?.Name ?? e.Channel };
            if (responseUrl is not null) payload["response_url"] = responseUrl;
        }
        else if (view is not null)
        {
            payload["container"] = new JsonObject { ["type"] = "view", ["view_id"] = view["id"]?.DeepClone() };
            payload["view"] = view;
        }
        payload["actions"] = new JsonArray(action);
        return payload;
    }

    public static JsonObject ViewSubmission(EmulatedWorkspace ws, EmulatedUser user, JsonObject view, string triggerId) => new()
    {
        ["type"] = "view_submission", ["team"] = new JsonObject { ["id"] = ws.TeamId, ["domain"] = ws.Domain },
        ["user"] = User(ws, user), ["api_app_id"] = ws.AppId, ["token"] = VerificationToken, ["trigger_id"] = triggerId,
        ["view"] = view, ["response_urls"] = new JsonArray(), ["is_enterprise_install"] = false,
    };

    public static JsonObject ViewClosed(EmulatedWorkspace ws, EmulatedUser user, JsonObject view) => new()
    {
        ["type"] = "view_closed", ["team"] = new JsonObject { ["id"] = ws.TeamId, ["domain"] = ws.Domain },
        ["user"] = User(ws, user), ["api_app_id"] = ws.AppId, ["token"] = VerificationToken, ["view"] = view, ["is_cleared"] = false,
    };

    private static JsonObject User(EmulatedWorkspace ws, EmulatedUser user) =>
        new() { ["id"] = user.Id, ["username"] = user.Name, ["name"] = user.Name, ["team_id"] = ws.TeamId };
}
