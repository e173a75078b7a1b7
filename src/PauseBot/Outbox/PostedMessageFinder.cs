using System.Globalization;
using PauseBot.Persistence.Outbox;
using PauseBot.Slack.WebApi;

namespace PauseBot.Outbox;

/// <summary>
/// After an ambiguous failure of <c>chat.postMessage</c> (no answer, 5xx) the message may be in Slack already. Before the
/// row is posted again, this looks through the conversation's history since just before the first such attempt for a message
/// whose metadata names the row (<see cref="DeliveryMetadata"/>). <c>conversations.history</c> is Tier 3, so each page takes a
/// slot of the workspace pace. A history that can't be read (<c>missing_scope</c>, <c>not_in_channel</c>, …) is reported as
/// such and the caller posts again; an ambiguous failure of the lookup itself throws, and the row waits for its next attempt.
/// </summary>
public sealed class PostedMessageFinder(ISlackApiClient slack, OutboxPacer pacer)
{
    private const string HistoryMethod = "conversations.history";
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

    public async Task<Lookup> FindAsync(OutboxMessage row, DateTimeOffset unconfirmedSince, CancellationToken ct)
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
            var (slot, wait) = pacer.TryReserve(HistoryMethod);
            if (slot is null) return new Lookup.Later(wait);
            ConversationHistoryResponse history;
            try
            {
                history = await slack.Conversations.HistoryAsync(channel, oldestTs: oldest, limit: PageSize, includeAllMetadata: true,
                    cursor: cursor, ct: ct);
            }
            catch (SlackApiException ex) when (IsDefinite(ex))
            {
                return new Lookup.Unreadable(ex.Error);
            }
            finally
            {
                pacer.Complete(slot);
            }
            if (history.Messages.FirstOrDefault(m => DeliveryMetadata.Names(m.Metadata, row.Id)) is { } posted)
                return new Lookup.Found(channel, posted.Ts);
            if (!history.HasMore || string.IsNullOrEmpty(history.NextCursor)) break;
            cursor = history.NextCursor;
        }
        return new Lookup.NotFound();
    }

    // Slack answered and refused (missing_scope, not_in_channel, channel_not_found, …): reading won't work on a retry
    // either. A 429 that outlasted the client's retries is only "not now".
    private static bool IsDefinite(SlackApiException ex) => !ex.MayHaveTakenEffect && ex.Error is not ("ratelimited" or "http_429");

    private static bool IsUserId(string target) => target.Length > 1 && target[0] is 'U' or 'W';
}
