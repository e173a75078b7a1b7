namespace PauseBot.Slack.WebApi;

public static class ConversationsApiExtensions
{
    /// <summary>All member ids of <paramref name="channel"/>, following <c>response_metadata.next_cursor</c> until it is empty.</summary>
    public static async Task<IReadOnlyList<string>> AllMembersAsync(this IConversationsApi api, string channel, CancellationToken ct = default)
    {
        var members = new List<string>();
        string? cursor = null;
        do
        {
            var page = await api.MembersAsync(channel, cursor, ct: ct);
            members.AddRange(page.Members);
            cursor = page.NextCursor;
        }
        while (!string.IsNullOrEmpty(cursor));
        return members;
    }
}
