using System.Text.Json.Nodes;

namespace PauseBot.Slack.Emulator;

/// <summary>
/// A message as stored by the emulator (the current version; <see cref="EditCount"/> counts <c>chat.update</c>s).
/// <paramref name="Blocks"/> and <paramref name="Metadata"/> are private copies; mutate clones only.
/// </summary>
public sealed record SlackMessage(
    string Channel,
    string Ts,
    string? Text,
    JsonArray? Blocks,
    string? ThreadTs,
    string? UserId,
    string? BotId,
    int EditCount = 0,
    bool IsDeleted = false,
    JsonObject? Metadata = null,
    JsonArray? Attachments = null,
    string? EditedTs = null)
{
    /// <summary>True for a thread reply (has a <see cref="ThreadTs"/> different from its own ts).</summary>
    public bool IsReply => ThreadTs is not null && ThreadTs != Ts;

    /// <summary>Slack's message object as returned by chat.postMessage / chat.update.</summary>
    public JsonObject ToJson(string teamId, string? appId)
    {
        var o = new JsonObject();
        if (UserId is not null) o["user"] = UserId;
        o["type"] = "message";
        o["ts"] = Ts;
        if (BotId is not null) o["bot_id"] = BotId;
        if (appId is not null && BotId is not null) o["app_id"] = appId;
        o["text"] = Text ?? "";
        o["team"] = teamId;
        if (Blocks is not null) o["blocks"] = Blocks.DeepClone();
        if (Attachments is not null) o["attachments"] = Attachments.DeepClone();
        if (Metadata is not null) o["metadata"] = Metadata.DeepClone();
        if (ThreadTs is not null) o["thread_ts"] = ThreadTs;
        if (EditedTs is not null) o["edited"] = new JsonObject { ["user"] = UserId, ["ts"] = EditedTs };
        return o;
    }
}

/// <summary>An ephemeral message (<c>chat.postEphemeral</c> or ephemeral response_url post): visible to one user, never persisted by Slack.</summary>
public sealed record EphemeralMessage(string Channel, string UserId, string MessageTs, string? Text, JsonArray? Blocks, string? ThreadTs);

/// <summary>A message scheduled with <c>chat.scheduleMessage</c>; moved into the channel once the clock passes <paramref name="PostAt"/>.</summary>
public sealed record ScheduledMessage(string Id, string Channel, DateTimeOffset PostAt, string? Text, JsonArray? Blocks, string? ThreadTs);
