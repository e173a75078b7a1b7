using System.Globalization;
using System.Text.Json;
using PauseBot.Slack.Blocks;

namespace PauseBot.Slack.WebApi;

// The family implementations: each method names its Slack method and whether a retry on 5xx/timeout is safe.

internal sealed class ChatApi(SlackApiTransport api) : IChatApi
{
    public Task<PostMessageResponse> PostMessageAsync(Message message, CancellationToken ct = default)
    {
        BlockKitLimits.EnsureMessage(message.Blocks);
        return api.PostJsonAsync<PostMessageResponse>("chat.postMessage", message, idempotent: false, ct);
    }

    public Task<PostEphemeralResponse> PostEphemeralAsync(string userId, Message message, CancellationToken ct = default)
    {
        BlockKitLimits.EnsureMessage(message.Blocks);
        var args = JsonSerializer.SerializeToNode(message, SlackJson.Options)!.AsObject();
        args["user"] = userId;
        return api.PostJsonAsync<PostEphemeralResponse>("chat.postEphemeral", args, idempotent: false, ct);
    }

    public Task<UpdateResponse> UpdateAsync(MessageUpdate update, CancellationToken ct = default)
    {
        BlockKitLimits.EnsureMessage(update.Blocks);
        return api.PostJsonAsync<UpdateResponse>("chat.update", update, idempotent: true, ct);
    }
}

internal sealed class ViewsApi(SlackApiTransport api) : IViewsApi
{
    public Task<ViewResponse> PublishAsync(string userId, HomeView view, string? hash = null, CancellationToken ct = default) =>
        api.PostJsonAsync<ViewResponse>("views.publish", new { UserId = userId, View = view, Hash = hash }, idempotent: true, ct);

    public Task<ViewResponse> OpenAsync(string triggerId, ModalView view, CancellationToken ct = default) =>
        api.PostJsonAsync<ViewResponse>("views.open", new { TriggerId = triggerId, View = view }, idempotent: false, ct);

    public Task<ViewResponse> UpdateAsync(ModalView view, string? viewId = null, string? externalId = null, string? hash = null,
        CancellationToken ct = default)
    {
        if (viewId is null && externalId is null)
            throw new ArgumentException("views.update needs a view id or an external id.", nameof(viewId));
        return api.PostJsonAsync<ViewResponse>("views.update",
            new { View = view, ViewId = viewId, ExternalId = externalId, Hash = hash }, idempotent: true, ct);
    }
}

internal sealed class ConversationsApi(SlackApiTransport api) : IConversationsApi
{
    public Task<ConversationMembersResponse> MembersAsync(string channel, string? cursor = null, int limit = 200, CancellationToken ct = default) =>
        api.PostFormAsync<ConversationMembersResponse>("conversations.members",
            [new("channel", channel), new("cursor", string.IsNullOrEmpty(cursor) ? null : cursor), new("limit", limit.ToString(CultureInfo.InvariantCulture))],
            idempotent: true, ct);

    public async Task<Conversation> InfoAsync(string channel, CancellationToken ct = default)
    {
        var response = await api.PostFormAsync<ConversationResponse>("conversations.info", [new("channel", channel)], idempotent: true, ct);
        return response.Channel ?? throw new SlackApiException("conversations.info", "invalid_response");
    }

    public async Task<string> OpenAsync(IEnumerable<string> users, CancellationToken ct = default)
    {
        // Opening an existing DM returns the same channel, so a retry is harmless.
        var response = await api.PostJsonAsync<ConversationResponse>("conversations.open", new { Users = string.Join(',', users) }, idempotent: true, ct);
        return response.Channel?.Id ?? throw new SlackApiException("conversations.open", "invalid_response");
    }

    public Task<ConversationHistoryResponse> HistoryAsync(string channel, string? latestTs = null, string? oldestTs = null,
        bool inclusive = false, int limit = 100, bool includeAllMetadata = false, string? cursor = null, CancellationToken ct = default) =>
        api.PostFormAsync<ConversationHistoryResponse>("conversations.history",
        [
            new("channel", channel), new("latest", latestTs), new("oldest", oldestTs), new("inclusive", inclusive ? "true" : null),
            new("limit", limit.ToString(CultureInfo.InvariantCulture)), new("include_all_metadata", includeAllMetadata ? "true" : null),
            new("cursor", string.IsNullOrEmpty(cursor) ? null : cursor),
        ], idempotent: true, ct);

    public Task<ConversationRepliesResponse> RepliesAsync(string channel, string ts, string? latestTs = null, string? oldestTs = null,
        bool inclusive = false, int limit = 1000, bool includeAllMetadata = false, string? cursor = null, CancellationToken ct = default) =>
        api.PostFormAsync<ConversationRepliesResponse>("conversations.replies",
        [
            new("channel", channel), new("ts", ts), new("latest", latestTs), new("oldest", oldestTs), new("inclusive", inclusive ? "true" : null),
            new("limit", limit.ToString(CultureInfo.InvariantCulture)), new("include_all_metadata", includeAllMetadata ? "true" : null),
            new("cursor", string.IsNullOrEmpty(cursor) ? null : cursor),
        ], idempotent: true, ct);
}

internal sealed class UsersApi(SlackApiTransport api) : IUsersApi
{
    public async Task<User> InfoAsync(string user, CancellationToken ct = default)
    {
        var response = await api.PostFormAsync<UserResponse>("users.info", [new("user", user)], idempotent: true, ct);
        return response.User ?? throw new SlackApiException("users.info", "invalid_response");
    }

    public async Task<User> LookupByEmailAsync(string email, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        // users.lookupByEmail reads form fields only (its reference has no json_input_supported).
        var response = await api.PostFormAsync<UserResponse>("users.lookupByEmail", [new("email", email)], idempotent: true, ct);
        return response.User ?? throw new SlackApiException("users.lookupByEmail", "invalid_response");
    }
}

internal sealed class AuthApi(SlackApiTransport api) : IAuthApi
{
    public Task<AuthTestResponse> TestAsync(CancellationToken ct = default) =>
        api.PostJsonAsync<AuthTestResponse>("auth.test", new { }, idempotent: true, ct);
}

internal sealed class AppsApi(SlackApiTransport api) : IAppsApi
{
    public Task<ConnectionsOpenResponse> ConnectionsOpenAsync(string appToken, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(appToken);
        // A URL nobody connects to expires unused, so opening again after a timeout is harmless.
        return api.PostFormAsync<ConnectionsOpenResponse>("apps.connections.open", [], idempotent: true, ct, appToken);
    }
}

internal sealed class SlackApiClient(IChatApi chat, IViewsApi views, IConversationsApi conversations, IUsersApi users, IAuthApi auth)
    : ISlackApiClient
{
    public IChatApi Chat => chat;
    public IViewsApi Views => views;
    public IConversationsApi Conversations => conversations;
    public IUsersApi Users => users;
    public IAuthApi Auth => auth;
}
