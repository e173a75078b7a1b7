using Microsoft.EntityFrameworkCore;
using PauseBot.Persistence;
using PauseBot.Persistence.Inbox;
using PauseBot.Tests.Support;

namespace PauseBot.Tests.Inbox;

/// <summary>Reads a bot's inbox table and waits for conditions on it (polling the database, never a fixed pause).</summary>
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
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        limit.CancelAfter(timeout);
        while (true)
        {
            var rows = await AllAsync(bot);
            if (condition(rows)) return rows;
            try
            {
                await Task.Delay(50, limit.Token);
            }
            catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException("The inbox did not get there within " + timeout + ": "
                    + string.Join("; ", rows.Select(r => $"{r.Id} {r.Kind} {r.Label} {r.State} attempts={r.Attempts} locked={r.LockedBy} error={r.LastError}")));
            }
        }
    }
}
