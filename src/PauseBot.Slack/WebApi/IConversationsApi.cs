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

    /// <summary>
    /// <c>conversations.history</c>: one page of a conversation's top-level messages, newest first, between
    /// <paramref name="oldestTs"/> and <paramref name="latestTs"/> (exclusive unless <paramref name="inclusive"/>). Pass
    /// <c>NextCursor</c> as <paramref name="cursor"/> for the next (older) page. Message metadata comes back only with
    /// <paramref name="includeAllMetadata"/>. Tier 3; needs <c>channels:history</c>, <c>groups:history</c>, <c>im:history</c>
    /// or <c>mpim:history</c> for the conversation's type (else <c>missing_scope</c>), and the bot must be a member
    /// (<c>not_in_channel</c>). https://docs.slack.dev/reference/methods/conversations.history
    /// </summary>
    Task<ConversationHistoryResponse> HistoryAsync(string channel, string? latestTs = null, string? oldestTs = null, bool inclusive = false,
        int limit = 100, bool includeAllMetadata = false, string? cursor = null, CancellationToken ct = default);

    /// <summary>
    /// <c>conversations.replies</c>: one page of the thread whose parent is <paramref name="ts"/> — the parent, then the replies
    /// oldest first — within the <paramref name="oldestTs"/>..<paramref name="latestTs"/> window; same paging, metadata,
    /// scopes and Tier 3 limit as <see cref="HistoryAsync"/>; <c>thread_not_found</c> when there is no such message.
    /// https://docs.slack.dev/reference/methods/conversations.replies
    /// </summary>
    Task<ConversationRepliesResponse> RepliesAsync(string channel, string ts, string? latestTs = null, string? oldestTs = null,
        bool inclusive = false, int limit = 1000, bool includeAllMetadata = false, string? cursor = null, CancellationToken ct = default);
}
