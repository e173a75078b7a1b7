namespace PauseBot.Slack.WebApi;

/// <summary><c>conversations.*</c> methods. https://docs.slack.dev/reference/methods?family=conversations</summary>
public interface IConversationsApi
{
    /// <summary><c>conversations.members</c>: one page of member ids; see <see cref="ConversationsApiExtensions.AllMembersAsync"/>.</summary>
    Task<ConversationMembersResponse> MembersAsync(string channel, string? cursor = null, int limit = 200, CancellationToken ct = default);

    /// <summary><c>conversations.info</c>.</summary>
    Task<Conversation> InfoAsync(string channel, CancellationToken ct = default);

    /// <summary><c>conversations.open</c>: opens (or finds) the DM / group DM with <paramref name="users"/>; returns its id (D…).</summary>
    Task<string> OpenAsync(IEnumerable<string> users, CancellationToken ct = default);
}
