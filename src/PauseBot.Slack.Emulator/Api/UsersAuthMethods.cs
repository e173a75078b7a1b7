using System.Globalization;
using System.Text.Json.Nodes;

namespace PauseBot.Slack.Emulator;

/// <summary><c>users.info</c>, <c>users.lookupByEmail</c>, <c>auth.test</c> and <c>apps.connections.open</c>.</summary>
internal static class UsersAuthMethods
{
    private const string EmailScope = "users:read.email";

    public static JsonObject UsersInfo(ApiContext c)
    {
        var id = c.Str("user") ?? throw new SlackApiError("user_not_found");
        var u = c.Workspace.FindUser(id) ?? throw new SlackApiError("user_not_found");
        return Answer(c, u);
    }

    public static JsonObject LookupByEmail(ApiContext c)
    {
        var email = c.Str("email") ?? throw new SlackApiError("users_not_found");
        var u = c.Workspace.FindUserByEmail(email);
        if (u is null || u.Deleted || u.IsBot) throw new SlackApiError("users_not_found");
        return Answer(c, u);
    }

    public static JsonObject AuthTest(ApiContext c)
    {
        var ws = c.Workspace;
        var r = ApiContext.Ok();
        r["url"] = $"https://{ws.Domain}.slack.com/";
        r["team"] = ws.TeamName;
        r["user"] = ws.BotName;
        r["team_id"] = ws.TeamId;
        r["user_id"] = ws.BotUserId;
        r["bot_id"] = ws.BotId;
        r["is_enterprise_install"] = false;
        return r;
    }

    public static JsonObject ConnectionsOpen(ApiContext c)
    {
        var ticket = c.State.SocketMode.IssueTicket();
        var host = c.State.BaseUrl is { } b ? string.Create(CultureInfo.InvariantCulture, $"{b.Host}:{b.Port}") : "127.0.0.1";
        var r = ApiContext.Ok();
        r["url"] = $"ws://{host}{c.State.SocketModePrefix}/link/?ticket={ticket}&app_id={c.Workspace.AppId}";
        return r;
    }

    private static JsonObject Answer(ApiContext c, EmulatedUser u)
    {
        var now = c.Now;
        var profile = new JsonObject
        {
            ["real_name"] = u.RealName, ["display_name"] = u.Name, ["real_name_normalized"] = u.RealName,
            ["display_name_normalized"] = u.Name, ["team"] = c.Workspace.TeamId, ["status_text"] = "", ["status_emoji"] = "",
        };
        // Slack shows the email only to tokens with users:read.email.
        if (u.Email is { } email && (c.Workspace.BotScopes is not { } granted || granted.Contains(EmailScope))) profile["email"] = email;
        if (u.IsBot) profile["bot_id"] = c.Workspace.BotId;
        var user = new JsonObject
        {
            ["id"] = u.Id, ["team_id"] = c.Workspace.TeamId, ["name"] = u.Name, ["deleted"] = u.Deleted, ["color"] = "9f69e7",
            ["real_name"] = u.RealName, ["tz"] = u.TimeZone, ["tz_label"] = u.LabelAt(now), ["tz_offset"] = u.OffsetSecondsAt(now),
            ["profile"] = profile, ["is_admin"] = false, ["is_owner"] = false, ["is_primary_owner"] = false,
            ["is_restricted"] = false, ["is_ultra_restricted"] = false, ["is_bot"] = u.IsBot, ["is_app_user"] = false,
            ["updated"] = now.ToUnixTimeSeconds(),
        };
        if (c.Bool("include_locale")) user["locale"] = "en-US";
        var r = ApiContext.Ok();
        r["user"] = user;
        return r;
    }
}
