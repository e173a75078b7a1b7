using System.Text.Json.Nodes;

namespace PauseBot.Slack.Emulator;

/// <summary><c>conversations.*</c> methods.</summary>
internal static class ConversationsMethods
{
    public static JsonObject Members(ApiContext c)
    {
        var channel = ConversationResolver.ForRead(c);
        var limit = (int)Math.Clamp(c.Long("limit") is > 0 and var l ? l : 100, 1, 1000);
        var members = channel.Members;
        var offset = Cursor.Decode(c.Str("cursor"));
        if (offset > members.Count) throw new SlackApiError("invalid_cursor");
        var page = members.Skip(offset).Take(limit).ToList();
        var next = offset + page.Count < members.Count ? Cursor.Encode(offset + page.Count) : "";
        var r = ApiContext.Ok();
        r["members"] = new JsonArray([.. page.Select(m => (JsonNode?)JsonValue.Create(m))]);
        r["response_metadata"] = new JsonObject { ["next_cursor"] = next };
        return r;
    }

    public static JsonObject Info(ApiContext c)
    {
        var channel = ConversationResolver.ForRead(c);
        var r = ApiContext.Ok();
        r["channel"] = Describe(c, channel, c.Bool("include_num_members"));
        return r;
    }

    public static JsonObject Open(ApiContext c)
    {
        var ws = c.Workspace;
        EmulatedChannel dm;
        var alreadyOpen = true;
        if (c.Str("channel") is { } channelId)
        {
            dm = ws.FindChannel(channelId) is { IsIm: true } existing ? existing : throw new SlackApiError("channel_not_found");
        }
        else
        {
            var users = (c.Str("users") ?? throw new SlackApiError("users_list_not_supplied"))
                .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (users.Length == 0) throw new SlackApiError("users_list_not_supplied");
            if (users.Length > 1) throw new SlackApiError("invalid_arguments", "the emulator supports 1:1 DMs only");
            if (ws.FindUser(users[0]) is not { Deleted: false }) throw new SlackApiError("user_not_found");
            dm = ws.OpenDm(users[0], out alreadyOpen) ?? throw new SlackApiError("user_not_found");
        }

        var r = ApiContext.Ok();
        if (alreadyOpen) { r["no_op"] = true; r["already_open"] = true; }
        r["channel"] = c.Bool("return_im") ? Describe(c, dm, false) : new JsonObject { ["id"] = dm.Id };
        return r;
    }

    private static JsonObject Describe(ApiContext c, EmulatedChannel ch, bool includeNumMembers)
    {
        var ws = c.Workspace;
        var created = ch.Created.ToUnixTimeSeconds();
        if (ch.IsIm)
        {
            return new JsonObject
            {
                ["id"] = ch.Id, ["created"] = created, ["is_archived"] = false, ["is_im"] = true, ["is_org_shared"] = false,
                ["context_team_id"] = ws.TeamId, ["updated"] = created * 1000, ["user"] = ch.ImUserId, ["is_user_deleted"] = false,
                ["priority"] = 0,
            };
        }

        var o = new JsonObject
        {
            ["id"] = ch.Id, ["name"] = ch.Name, ["is_channel"] = !ch.IsPrivate, ["is_group"] = ch.IsPrivate, ["is_im"] = false,
            ["is_mpim"] = false, ["is_private"] = ch.IsPrivate, ["created"] = created, ["is_archived"] = ch.IsArchived,
            ["is_general"] = ch.Name == "general", ["unlinked"] = 0, ["name_normalized"] = ch.Name, ["is_shared"] = false,
            ["is_org_shared"] = false, ["is_pending_ext_shared"] = false, ["pending_shared"] = new JsonArray(),
            ["context_team_id"] = ws.TeamId, ["updated"] = created * 1000, ["parent_conversation"] = null,
            ["creator"] = ch.Members.FirstOrDefault() ?? ws.BotUserId, ["is_ext_shared"] = false,
            ["shared_team_ids"] = new JsonArray(ws.TeamId), ["is_member"] = ch.HasMember(ws.BotUserId),
            ["topic"] = new JsonObject { ["value"] = "", ["creator"] = "", ["last_set"] = 0 },
            ["purpose"] = new JsonObject { ["value"] = "", ["creator"] = "", ["last_set"] = 0 },
            ["previous_names"] = new JsonArray(),
        };
        if (includeNumMembers) o["num_members"] = ch.Members.Count;
        return o;
    }
}
