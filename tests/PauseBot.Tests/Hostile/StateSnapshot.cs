using Microsoft.EntityFrameworkCore;
using PauseBot.Persistence;
using PauseBot.Tests.Support;

namespace PauseBot.Tests.Hostile;

/// <summary>Row counts of every table plus the number of Slack calls: equal snapshots mean nothing happened.</summary>
public sealed record StateSnapshot(int Projects, int Pauses, int Updates, int Subscriptions, int Audit, int Questions, int Faq,
    int Outbox, int Events, int SlackCalls)
{
    public static async Task<StateSnapshot> TakeAsync(BotHost bot, CancellationToken ct)
    {
        await using var scope = bot.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PauseBotDbContext>();
        return new StateSnapshot(await db.Projects.CountAsync(ct), await db.Pauses.CountAsync(ct), await db.PauseUpdates.CountAsync(ct),
            await db.Subscriptions.CountAsync(ct), await db.AuditEvents.CountAsync(ct), await db.Questions.CountAsync(ct),
            await db.Faq.CountAsync(ct), await db.Outbox.CountAsync(ct), await db.Inbox.CountAsync(ct), bot.Slack.Calls.All.Count);
    }
}
