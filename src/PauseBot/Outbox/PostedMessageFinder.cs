using System.Globalization;
using PauseBot.Persistence.Outbox;
using PauseBot.Slack.WebApi;

namespace PauseBot.Outbox;

/// <summary>
/// After an ambiguous failure of <c>chat.postMessage</c> (no answer, 5xx) the message may be in Slack already. Before the
/// row is posted again, this looks through the conversation's history since just before the first such attempt for a message
/// whose metadata names the row (<see cref="DeliveryMetadata"/>) — for a thread reply in <c>conversations.replies</c>. Both are
/// Tier 3, so each page takes a slot of the workspace pace. A history that can't be read (<c>missing_scope</c>, <c>not_in_channel</c>, …) is reported as
/// such and the caller posts again; an ambiguous failure of the lookup itself throws, and the row waits for its next attempt.
/// </summary>
public sealed class PostedMessageFinder(ISlackApiClient slack, OutboxPacer pacer)
{
    private const string HistoryMethod = "conversations.history";
    private const string RepliesMethod = "conversations.replies";
    private const string OpenMethod = "conversations.open";

    /// <summary>The Slack methods a lookup calls (their errors are classified in <see cref="SlackErrorTable"/>).</summary>
    internal static readonly string[] Methods = [OpenMethod, HistoryMethod, RepliesMethod];
    // Slack stamps ts with its own clock: start the search this much before our first ambiguous attempt.
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(2);
    private const int PageSize = 200;
    private const int MaxPages = 10; // 2,000 messages in the window; a channel that busy is not worth more calls

    /// <summary>The outcome of a search.</summary>
    public abstract record Lookup
    {
        private Lookup() { }

        public sealed record Found(string Channel, string Ts) : Lookup;
        public sealed record NotFound : Lookup;
        /// <summary>The history could not be read (<paramref name="Error"/>): post again.</summary>
        public sealed record Unreadable(string Error) : Lookup;
        /// <summary>The pace of <c>conversations.history</c> is spent for <paramref name="Wait"/>.</summary>
        public sealed record Later(TimeSpan Wait) : Lookup;
    }

    /// <summary>Looks for the post of <paramref name="row"/> (a reply in <paramref name="threadTs"/>, if given) since <paramref name="unconfirmedSince"/>.</summary>
    public async Task<Lookup> FindAsync(OutboxMessage row, string? threadTs, DateTimeOffset unconfirmedSince, CancellationToken ct)
    {
        string channel;
        try
        {
            // A DM row targets a user id; its history lives under the DM's own id (conversations.open, needs im:write).
            channel = IsUserId(row.Target) ? await slack.Conversations.OpenAsync([row.Target], ct) : row.Target;
        }
        catch (SlackApiException ex) when (IsDefinite(ex))
        {
            return new Lookup.Unreadable(ex.Error);
        }

        var oldest = (unconfirmedSince - ClockSkew).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        string? cursor = null;
        for (var page = 0; page < MaxPages; page++)
        {
            // Thread replies are not in the channel's history; they are read with conversations.replies (its own Tier 3 budget).
            var (slot, wait) = pacer.TryReserve(threadTs is null ? HistoryMethod : RepliesMethod);
            if (slot is null) return new Lookup.Later(wait);
            (IReadOnlyList<HistoryMessage> Messages, bool HasMore, string? Next) found;
            try
            {
                found = await PageAsync(channel, threadTs, oldest, cursor, ct);
            }
            catch (SlackApiException ex) when (IsDefinite(ex))
            {
                return new Lookup.Unreadable(ex.Error);
            }
            finally
            {
                pacer.Complete(slot);
            }
            if (found.Messages.FirstOrDefault(m => DeliveryMetadata.Names(m.Metadata, row.Id)) is { } posted)
                return new Lookup.Found(channel, posted.Ts);
            if (!found.HasMore || string.IsNullOrEmpty(found.Next)) break;
            cursor = found.Next;
        }
        return new Lookup.NotFound();
    }

    private async Task<(IReadOnlyList<HistoryMessage>, bool, string?)> PageAsync(string channel, string? threadTs, string oldest, string? cursor,
        CancellationToken ct)
    {
        if (threadTs is null)
        {
            var history = await slack.Conversations.HistoryAsync(channel, oldestTs: oldest, limit: PageSize, includeAllMetadata: true,
                cursor: cursor, ct: ct);
            return (history.Messages, history.HasMore, history.NextCursor);
        }
        var thread = await slack.Conversations.RepliesAsync(channel, threadTs, oldestTs: oldest, limit: PageSize, includeAllMetadata: true,
            cursor: cursor, ct: ct);
        return (thread.Messages, thread.HasMore, thread.NextCursor);
    }

    // Slack answered and refused (missing_scope, not_in_channel, channel_not_found, …): reading won't work on a retry
    // either. A 429 that outlasted the client's retries, or another transient answer, is only "not now".
    private static bool IsDefinite(SlackApiException ex) => SlackErrorTable.Of(ex) is SlackErrorClass.Definite or SlackErrorClass.AppWide;

    private static bool IsUserId(string target) => target.Length > 1 && target[0] is 'U' or 'W';
}
