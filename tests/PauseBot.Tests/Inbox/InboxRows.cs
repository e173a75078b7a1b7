using Microsoft.EntityFrameworkCore;
using PauseBot.Persistence;
using PauseBot.Persistence.Inbox;
using PauseBot.Tests.Support;

namespace PauseBot.Tests.Inbox;

/// <summary>Reads a bot's inbox table and waits for conditions on it (asking the database again, <see cref="Eventually"/>).</summary>
internal static class InboxRows
{
    public static async Task<IReadOnlyList<InboxMessage>> AllAsync(BotHost bot)
    {
        await using var scope = bot.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PauseBotDbContext>().Inbox.AsNoTracking().OrderBy(m => m.Id)
            .ToListAsync(TestContext.Current.CancellationToken);
    }

    public static async Task<IReadOnlyList<InboxMessage>> WaitAsync(BotHost bot, Func<IReadOnlyList<InboxMessage>, bool> condition, TimeSpan timeout)
    {
        var rows = await Eventually.UntilAsync(() => AllAsync(bot), condition, timeout);
        return condition(rows) ? rows : throw new TimeoutException("The inbox did not get there within " + timeout + ": "
            + string.Join("; ", rows.Select(r => $"{r.Id} {r.Kind} {r.Label} {r.State} attempts={r.Attempts} locked={r.LockedBy} error={r.LastError}")));
    }
}
