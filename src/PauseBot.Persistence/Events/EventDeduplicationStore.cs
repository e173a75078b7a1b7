using Microsoft.EntityFrameworkCore;

namespace PauseBot.Persistence.Events;

/// <summary>Claims an <c>event_id</c> once across every replica sharing the database.</summary>
public sealed class EventDeduplicationStore(PauseBotDbContext db, TimeProvider time)
{
    /// <summary>True for the first claim of <paramref name="eventId"/>, false for any retry or second replica.</summary>
    public async Task<bool> TryClaimAsync(string eventId, CancellationToken ct)
    {
        var at = time.GetUtcNow().ToUnixTimeMilliseconds();
        var inserted = await db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO \"ProcessedEvents\" (\"EventId\", \"ReceivedAtUnixMs\") VALUES ({eventId}, {at}) ON CONFLICT DO NOTHING", ct);
        return inserted == 1;
    }

    /// <summary>Forgets ids older than <paramref name="age"/> (Slack stops retrying within hours).</summary>
    public Task<int> PruneAsync(TimeSpan age, CancellationToken ct)
    {
        var cutoff = time.GetUtcNow().Subtract(age).ToUnixTimeMilliseconds();
        return db.ProcessedEvents.Where(e => e.ReceivedAtUnixMs < cutoff).ExecuteDeleteAsync(ct);
    }
}
