using System.Globalization;
using System.Text.Json.Nodes;

namespace PauseBot.Slack.Emulator;

/// <summary><c>chat.*</c> methods.</summary>
internal static class ChatMethods
{
    public static JsonObject PostMessage(ApiContext c)
    {
        var channel = ConversationResolver.ForPost(c);
        var content = ChatContent.Read(c);
        var ws = c.Workspace;
        var message = ws.Messages.Add(channel.Id, content.Text, content.Blocks, c.Str("thread_ts"), ws.BotUserId, ws.BotId,
            content.Metadata, content.Attachments);
        var r = ApiContext.Ok();
        r["channel"] = channel.Id;
        r["ts"] = message.Ts;
        r["message"] = WithBotProfile(message.ToJson(ws.TeamId, ws.AppId), ws);
        return content.Warn(r);
    }

    public static JsonObject PostEphemeral(ApiContext c)
    {
        var channel = ConversationResolver.ForPost(c, allowUserId: false);
        var userId = c.Str("user") ?? throw new SlackApiError("user_not_in_channel");
        if (c.Workspace.FindUser(userId) is not { Deleted: false }) throw new SlackApiError("user_not_in_channel");
        if (!channel.HasMember(userId)) throw new SlackApiError("user_not_in_channel");
        var content = ChatContent.Read(c);
        var message = c.Workspace.Messages.AddEphemeral(channel.Id, userId, content.Text, content.Blocks, c.Str("thread_ts"));
        var r = ApiContext.Ok();
        r["message_ts"] = message.MessageTs;
        return r;
    }

    public static JsonObject Update(ApiContext c)
    {
        var channel = ConversationResolver.ForPost(c, allowUserId: false);
        var ts = c.Str("ts") ?? throw new SlackApiError("message_not_found");
        var ws = c.Workspace;
        var existing = ws.Messages.Find(channel.Id, ts);
        if (existing is null || existing.IsDeleted) throw new SlackApiError("message_not_found");
        if (existing.BotId != ws.BotId) throw new SlackApiError("cant_update_message");
        var content = ChatContent.Read(c);
        var updated = ws.Messages.Update(channel.Id, ts, content.Text, content.Blocks, content.Attachments)
            ?? throw new SlackApiError("message_not_found");
        var r = ApiContext.Ok();
        r["channel"] = channel.Id;
        r["ts"] = updated.Ts;
        r["text"] = updated.Text ?? "";
        r["message"] = updated.ToJson(ws.TeamId, ws.AppId);
        return r;
    }

    public static JsonObject Delete(ApiContext c)
    {
        var channel = ConversationResolver.ForPost(c, allowUserId: false);
        var ts = c.Str("ts") ?? throw new SlackApiError("message_not_found");
        var existing = c.Workspace.Messages.Find(channel.Id, ts);
        if (existing is null || existing.IsDeleted) throw new SlackApiError("message_not_found");
        if (existing.BotId != c.Workspace.BotId) throw new SlackApiError("cant_delete_message");
        c.Workspace.Messages.Delete(channel.Id, ts);
        var r = ApiContext.Ok();
        r["channel"] = channel.Id;
        r["ts"] = ts;
        return r;
    }

    public static JsonObject ScheduleMessage(ApiContext c)
    {
        var channel = ConversationResolver.ForPost(c);
        var postAtSeconds = c.Long("post_at") ?? throw new SlackApiError("invalid_time");
        var postAt = DateTimeOffset.FromUnixTimeSeconds(postAtSeconds);
        if (postAt <= c.Now) throw new SlackApiError("time_in_past");
        if (postAt > c.Now.AddDays(120)) throw new SlackApiError("time_too_far");
        var content = ChatContent.Read(c);
        var ws = c.Workspace;
        var scheduled = ws.Messages.AddScheduled(channel.Id, postAt, content.Text, content.Blocks, c.Str("thread_ts"));
        var message = new JsonObject
        {
            ["text"] = content.Text ?? "", ["bot_id"] = ws.BotId, ["type"] = "delayed_message", ["user"] = ws.BotUserId,
            ["team"] = ws.TeamId, ["app_id"] = ws.AppId,
        };
        if (content.Blocks is not null) message["blocks"] = content.Blocks.DeepClone();
        var r = ApiContext.Ok();
        r["channel"] = channel.Id;
        r["scheduled_message_id"] = scheduled.Id;
        r["post_at"] = postAtSeconds.ToString(CultureInfo.InvariantCulture);
        r["message"] = message;
        return content.Warn(r);
    }

    private static JsonObject WithBotProfile(JsonObject message, EmulatedWorkspace ws)
    {
        message["bot_profile"] = new JsonObject
        {
            ["id"] = ws.BotId, ["deleted"] = false, ["name"] = ws.BotName, ["app_id"] = ws.AppId, ["team_id"] = ws.TeamId,
        };
        return message;
    }
}
