using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PauseBot.Persistence;
using PauseBot.Slack.Emulator;
using PauseBot.Testing;
using PauseBot.Tests.Support;

namespace PauseBot.Tests.Outbox;

/// <summary>A Slack error no retry can fix ends the row after one call, logged as given up (signed event in, emulator calls out).</summary>
public class OutboxGiveUpTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly Dictionary<string, string?> FastRetries = new() { ["Outbox:MaxBackoff"] = "00:00:01" };

    [Theory]
    [InlineData("app_access_restricted")] // the person may not use the app
    [InlineData("metadata_too_large")]    // the post itself is refused
    public async Task DmAnswer_DefiniteError_RowEndedAfterOneCallNotRetried(string error)
    {
        var logs = new LogCapture();
        await using var bot = await BotHost.StartAsync(settings: FastRetries, customize: b => b.Logging.AddProvider(logs));
        await bot.RegisterChordusAsync();
        var dm = bot.Slack.Workspace.OpenDm(DefaultSeed.Alice)!.Id;
        bot.Slack.Calls.Clear();
        bot.Slack.Faults.ErrorNext("chat.postMessage", error); // once: a retry would go through

        await bot.Client.SendEventAsync(Events.Message(DefaultSeed.Alice, dm, "can I log hours today?"), ct: Ct);
        await bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Error == error, TimeSpan.FromSeconds(30), Ct);
        await bot.SettleAsync(TimeSpan.FromSeconds(30));

        var post = Assert.Single(bot.Slack.Calls.Where("chat.postMessage"));
        Assert.Equal(dm, post.Channel);
        Assert.Equal(0, bot.Slack.Faults.Pending);
        await AssertGivenUpAsync(bot, dm, attempts: 1, error);
        // Told as for every given-up row: one error line naming the row and Slack's code, and no token.
        var givenUp = Assert.Single(logs.Lines, l => l.Contains("given up", StringComparison.Ordinal));
        Assert.StartsWith(nameof(LogLevel.Error), givenUp, StringComparison.Ordinal);
        Assert.Contains($"to {dm} given up: {error}", givenUp, StringComparison.Ordinal);
        Assert.DoesNotContain(bot.Slack.BotToken, logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DmAnswer_UndocumentedErrorEveryTime_RetriedUpToTheLimitThenGivenUp()
    {
        var logs = new LogCapture();
        var settings = new Dictionary<string, string?>(FastRetries) { ["Outbox:MaxAttemptsOnUndocumentedError"] = "3" };
        await using var bot = await BotHost.StartAsync(settings: settings, customize: b => b.Logging.AddProvider(logs));
        await bot.RegisterChordusAsync();
        var dm = bot.Slack.Workspace.OpenDm(DefaultSeed.Alice)!.Id;
        bot.Slack.Calls.Clear();
        // A code chat.postMessage's reference does not list (Slack may add one any day), answered five times in a row.
        bot.Slack.Faults.ErrorNext("chat.postMessage", "brand_new_error", count: 5);

        await bot.Client.SendEventAsync(Events.Message(DefaultSeed.Alice, dm, "can I log hours today?"), ct: Ct);
        await bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Error == "brand_new_error", TimeSpan.FromSeconds(30), Ct);
        var givenUp = await Eventually.UntilAsync(async () =>
        {
            await using var scope = bot.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<PauseBotDbContext>().Outbox.AsNoTracking().AnyAsync(m => m.Target == dm && m.Dead, Ct);
        }, dead => dead, TimeSpan.FromSeconds(60));
        Assert.True(givenUp, "the row was never given up");
        await bot.SettleAsync(TimeSpan.FromSeconds(30));

        // Three calls, each refused; the two faults left prove no fourth call was made.
        Assert.Equal(3, bot.Slack.Calls.Where("chat.postMessage").Count(c => c.Channel == dm));
        Assert.Equal(2, bot.Slack.Faults.Pending);
        await AssertGivenUpAsync(bot, dm, attempts: 3, "brand_new_error");
        Assert.Single(logs.Lines, l => l.Contains($"to {dm} given up: brand_new_error", StringComparison.Ordinal));
    }

    /// <summary>The DM's one outbox row ended undelivered after <paramref name="attempts"/> calls, keeping Slack's last code.</summary>
    private static async Task AssertGivenUpAsync(BotHost bot, string dm, int attempts, string error)
    {
        await using var scope = bot.Services.CreateAsyncScope();
        var row = await scope.ServiceProvider.GetRequiredService<PauseBotDbContext>().Outbox.AsNoTracking().SingleAsync(m => m.Target == dm, Ct);
        Assert.True(row.Dead);
        Assert.Null(row.DeliveredAt);
        Assert.Equal(attempts, row.Attempts);
        Assert.Equal(error, row.LastError);
    }
}
