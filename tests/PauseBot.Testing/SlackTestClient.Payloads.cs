using System.Text.Json.Nodes;

namespace PauseBot.Testing;

/// <summary>Interactivity payload builders shaped like <c>Payloads/interactive_*.json</c>.</summary>
public sealed partial class SlackTestClient
{
    /// <summary>Team id of the emulated workspace.</summary>
    public const string DefaultTeamId = "T0PAUSEBOT";
    /// <summary>Team domain of the emulated workspace.</summary>
    public const string DefaultTeamDomain = "pausebot-emulated";
    /// <summary>App id of the emulated app.</summary>
    public const string DefaultAppId = "A0PAUSEBOT";
    /// <summary>Deprecated verification token value sent in payloads.</summary>
    public const string DefaultVerificationToken = "emulator-verification-token";

    /// <summary>A <c>block_actions</c> payload for a button click on a message (null arguments are omitted).</summary>
    public static JsonObject BlockActionPayload(string userId, string actionId, string? value, string? channelId, string? messageTs,
        string? responseUrl, string? triggerId, string blockId = "b", string teamId = DefaultTeamId, string? userName = null)
    {
        var name = userName ?? userId.ToLowerInvariant();
        var payload = new JsonObject
        {
            ["type"] = "block_actions",
            ["user"] = new JsonObject { ["id"] = userId, ["username"] = name, ["name"] = name, ["team_id"] = teamId },
            ["api_app_id"] = DefaultAppId,
            ["token"] = DefaultVerificationToken,
        };
        if (channelId is not null && messageTs is not null)
            payload["container"] = new JsonObject
            {
                ["type"] = "message", ["message_ts"] = messageTs, ["channel_id"] = channelId, ["is_ephemeral"] = false,
            };
        payload["trigger_id"] = triggerId ?? FabricatedTriggerId();
        payload["team"] = new JsonObject { ["id"] = teamId, ["domain"] = DefaultTeamDomain };
        if (channelId is not null) payload["channel"] = new JsonObject { ["id"] = channelId, ["name"] = channelId };
        if (channelId is not null && messageTs is not null)
            payload["message"] = new JsonObject { ["type"] = "message", ["ts"] = messageTs, ["bot_id"] = "B0BOT", ["user"] = "U0BOT", ["text"] = "" };
        payload["state"] = new JsonObject { ["values"] = new JsonObject() };
        if (responseUrl is not null) payload["response_url"] = responseUrl;
        var action = new JsonObject
        {
            ["action_id"] = actionId, ["block_id"] = blockId,
            ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = "Button", ["emoji"] = true },
        };
        if (value is not null) action["value"] = value;
        action["type"] = "button";
        action["action_ts"] = Events.NextTs();
        payload["actions"] = new JsonArray(action);
        return payload;
    }

    /// <summary>
    /// A <c>view_submission</c> payload; <paramref name="values"/> maps block_id → action_id → text value
    /// (rendered as <c>plain_text_input</c> state and matching input blocks).
    /// </summary>
    public static JsonObject ViewSubmissionPayload(string userId, string callbackId, string? privateMetadata,
        IReadOnlyDictionary<string, Dictionary<string, string>> values, string? viewId = null, string? triggerId = null,
        string teamId = DefaultTeamId)
    {
        viewId ??= NewViewId(); // each modal Slack opens has its own id; a submission is keyed by it

        var blocks = new JsonArray();
        var state = new JsonObject();
        foreach (var (blockId, actions) in values)
        {
            var blockState = new JsonObject();
            foreach (var (actionId, value) in actions)
            {
                blocks.Add(new JsonObject
                {
                    ["type"] = "input", ["block_id"] = blockId,
                    ["label"] = new JsonObject { ["type"] = "plain_text", ["text"] = blockId }, ["optional"] = false,
                    ["element"] = new JsonObject { ["type"] = "plain_text_input", ["action_id"] = actionId },
                });
                blockState[actionId] = new JsonObject { ["type"] = "plain_text_input", ["value"] = value };
            }

            state[blockId] = blockState;
        }

        var name = userId.ToLowerInvariant();
        return new JsonObject
        {
            ["type"] = "view_submission",
            ["team"] = new JsonObject { ["id"] = teamId, ["domain"] = DefaultTeamDomain },
            ["user"] = new JsonObject { ["id"] = userId, ["username"] = name, ["name"] = name, ["team_id"] = teamId },
            ["api_app_id"] = DefaultAppId, ["token"] = DefaultVerificationToken, ["trigger_id"] = triggerId ?? FabricatedTriggerId(),
            ["view"] = new JsonObject
            {
                ["id"] = viewId, ["team_id"] = teamId, ["type"] = "modal", ["blocks"] = blocks, ["private_metadata"] = privateMetadata ?? "",
                ["callback_id"] = callbackId, ["state"] = new JsonObject { ["values"] = state }, ["hash"] = "1596530361.3wRYuk3R",
                ["title"] = new JsonObject { ["type"] = "plain_text", ["text"] = "PauseBot" }, ["clear_on_close"] = false,
                ["notify_on_close"] = false, ["close"] = new JsonObject { ["type"] = "plain_text", ["text"] = "Cancel" },
                ["submit"] = new JsonObject { ["type"] = "plain_text", ["text"] = "Submit" }, ["previous_view_id"] = null,
                ["root_view_id"] = viewId, ["app_id"] = DefaultAppId, ["external_id"] = "", ["app_installed_team_id"] = teamId,
                ["bot_id"] = "B0BOT",
            },
            ["response_urls"] = new JsonArray(),
        };
    }

    private static long lastViewId;

    /// <summary>A fresh view id (<c>V0EMU…</c>), as Slack gives each modal it opens.</summary>
    public static string NewViewId() => "V0EMU" + Interlocked.Increment(ref lastViewId).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
}
