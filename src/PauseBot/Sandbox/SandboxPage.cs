using System.Text.Json.Nodes;
using PauseBot.Slack.Emulator;

namespace PauseBot.Sandbox;

/// <summary>
/// What the page shows to one person: who they can act as, their conversations (channels they're in, their DM with
/// the bot, the App Home), one conversation's messages with the ephemeral ones meant for them, and their open modal.
/// </summary>
public sealed class SandboxPage(EmulatorState state, SandboxModals modals, SandboxChanges changes)
{
    public const string HomeId = "home";

    public JsonObject Build(string userId, string? conversationId)
    {
        var ws = state.Workspace;
        var user = ws.FindUser(userId) is { IsBot: false } u ? u : ws.FindUser(SandboxSeed.Lee)!;
        var dm = ws.OpenDm(user.Id)!;
        var channels = ws.Channels.Where(c => !c.IsIm && !c.IsArchived && c.HasMember(user.Id)).OrderBy(c => c.Name).ToList();
        var conversations = new JsonArray([
            .. channels.Select(c => Conversation(c.Id, "#" + c.Name, "channel")),
            Conversation(dm.Id, "PauseBot", "dm"),
            Conversation(HomeId, "PauseBot · Home", "home"),
        ]);
        var current = conversationId == HomeId ? HomeId
            : conversationId is not null && (channels.Any(c => c.Id == conversationId) || conversationId == dm.Id) ? conversationId
            : channels.FirstOrDefault(c => c.Id == SandboxSeed.Chordus)?.Id ?? dm.Id;

        var page = new JsonObject
        {
            ["version"] = changes.Version,
            ["workspace"] = ws.TeamName,
            ["botUserId"] = ws.BotUserId,
            ["user"] = Person(user),
            ["people"] = new JsonArray([.. SandboxSeed.People.Select(p => new JsonObject { ["id"] = p.Id, ["label"] = p.Label })]),
            ["users"] = new JsonObject(ws.Users.Select(x => KeyValuePair.Create(x.Id, (JsonNode?)x.RealName))),
            ["channels"] = new JsonObject(ws.Channels.Where(c => !c.IsIm).Select(c => KeyValuePair.Create(c.Id, (JsonNode?)c.Name))),
            ["conversations"] = conversations,
            ["conversation"] = current,
            ["messages"] = current == HomeId ? new JsonArray() : Messages(current, user.Id),
            ["home"] = current == HomeId ? state.Views.HomeOf(user.Id) : null,
            ["modal"] = Modal(user.Id),
        };
        return page;
    }

    private JsonArray Messages(string channelId, string userId)
    {
        var ws = state.Workspace;
        var shared = state.Messages.In(channelId).Select(m => (m.Ts, Json: new JsonObject
        {
            ["ts"] = m.Ts, ["user"] = m.UserId, ["bot"] = m.BotId is not null, ["text"] = m.Text, ["blocks"] = m.Blocks?.DeepClone(),
            ["threadTs"] = m.IsReply ? m.ThreadTs : null, ["edited"] = m.EditCount > 0, ["ephemeral"] = false,
        }));
        var mine = state.Messages.Ephemeral.Where(e => e.Channel == channelId && e.UserId == userId).Select(e => (Ts: e.MessageTs, Json: new JsonObject
        {
            ["ts"] = e.MessageTs, ["user"] = ws.BotUserId, ["bot"] = true, ["text"] = e.Text, ["blocks"] = e.Blocks?.DeepClone(),
            ["threadTs"] = e.ThreadTs, ["edited"] = false, ["ephemeral"] = true,
        }));
        return new JsonArray([.. shared.Concat(mine).OrderBy(m => m.Ts, StringComparer.Ordinal).Select(m => (JsonNode)m.Json)]);
    }

    private JsonObject? Modal(string userId)
    {
        if (modals.For(userId) is not { } open || state.Views.Find(open.ViewId) is not { } view) return null;
        view["errors"] = new JsonObject(open.Errors.Select(e => KeyValuePair.Create(e.Key, (JsonNode?)e.Value)));
        return view;
    }

    private static JsonObject Conversation(string id, string name, string kind) => new() { ["id"] = id, ["name"] = name, ["kind"] = kind };

    private static JsonObject Person(EmulatedUser user) =>
        new() { ["id"] = user.Id, ["name"] = user.Name, ["realName"] = user.RealName, ["tz"] = user.TimeZone };
}
