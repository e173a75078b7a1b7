using System.Text.Json.Nodes;

namespace PauseBot.Slack.Emulator;

/// <summary>The Web API methods the emulator implements.</summary>
internal static class MethodTable
{
    public const string ConnectionsOpen = "apps.connections.open";

    private static readonly Dictionary<string, Func<ApiContext, JsonObject>> Handlers = new(StringComparer.Ordinal)
    {
        ["auth.test"] = UsersAuthMethods.AuthTest,
        ["chat.postMessage"] = ChatMethods.PostMessage,
        ["chat.postEphemeral"] = ChatMethods.PostEphemeral,
        ["chat.update"] = ChatMethods.Update,
        ["chat.delete"] = ChatMethods.Delete,
        ["chat.scheduleMessage"] = ChatMethods.ScheduleMessage,
        ["views.publish"] = ViewsMethods.Publish,
        ["views.open"] = ViewsMethods.Open,
        ["views.push"] = ViewsMethods.Open,
        ["views.update"] = ViewsMethods.Update,
        ["conversations.members"] = ConversationsMethods.Members,
        ["conversations.info"] = ConversationsMethods.Info,
        ["conversations.open"] = ConversationsMethods.Open,
        ["conversations.history"] = HistoryMethods.History,
        ["conversations.replies"] = HistoryMethods.Replies,
        ["users.info"] = UsersAuthMethods.UsersInfo,
        ["users.lookupByEmail"] = UsersAuthMethods.LookupByEmail,
        [ConnectionsOpen] = UsersAuthMethods.ConnectionsOpen,
    };

    /// <summary>Names of all implemented methods.</summary>
    public static IReadOnlyCollection<string> Names => Handlers.Keys;

    public static Func<ApiContext, JsonObject>? Find(string method) => Handlers.GetValueOrDefault(method);
}
