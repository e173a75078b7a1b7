using System.Text.Json;
using PauseBot.Slack.Emulator;
using PauseBot.Tests.Support;

namespace PauseBot.Tests.Configuration;

/// <summary>
/// The bot started as an operator starts it: a separate process, no environment name (Production), no log settings but
/// the shipped appsettings.json, from a working directory that is not the app's. A few slash commands later the log
/// holds the bot's own lines and no SQL or per-request lines; with the JSON formatter configured, every line is JSON.
/// </summary>
public class ProductionLoggingTests : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private readonly string _elsewhere = Directory.CreateTempSubdirectory("pausebot-cwd-").FullName;

    [Fact]
    public async Task DefaultSettings_AFewCommands_LogTheBotsLinesButNoSqlOrRequests()
    {
        await using var slack = await SlackEmulator.StartAsync(ct: Ct);
        await using var bot = new BotProcess(slack) { DefaultLogging = true, WorkingDirectory = _elsewhere };
        await bot.StartAsync(Ct);

        await RunCommandsAsync(bot, slack);
        await bot.WaitForOutputAsync(lines => lines.Count(l => l.Contains("Delivered outbox", StringComparison.Ordinal)) >= 2,
            TimeSpan.FromSeconds(30), Ct);

        var output = bot.StandardOutput;
        Assert.Contains(output, l => l.StartsWith("info: Microsoft.Hosting.Lifetime", StringComparison.Ordinal)); // "Now listening on"
        Assert.Contains(output, l => l.StartsWith("info: PauseBot", StringComparison.Ordinal));
        Assert.DoesNotContain(output, l => l.StartsWith("info: Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
        Assert.DoesNotContain(output, l => l.Contains("Executed DbCommand", StringComparison.Ordinal));
        Assert.DoesNotContain(output, l => l.StartsWith("info: Microsoft.AspNetCore", StringComparison.Ordinal)); // "Request starting …"
        Assert.DoesNotContain(output, l => l.StartsWith("info: System.Net.Http.HttpClient", StringComparison.Ordinal));
        Assert.DoesNotContain(output, l => l.StartsWith("info: Quartz", StringComparison.Ordinal)); // ~25 lines per start otherwise
        Assert.DoesNotContain(output, l => l.StartsWith("info: Polly", StringComparison.Ordinal)); // one per Slack call otherwise
    }

    [Fact]
    public async Task JsonFormatterConfigured_EveryLineIsOneJsonObjectWithCategoryLevelAndState()
    {
        await using var slack = await SlackEmulator.StartAsync(ct: Ct);
        await using var bot = new BotProcess(slack) { DefaultLogging = true, WorkingDirectory = _elsewhere };
        bot.Environment["Logging__Console__FormatterName"] = "json";
        await bot.StartAsync(Ct);

        await RunCommandsAsync(bot, slack);
        await bot.WaitForOutputAsync(lines => lines.Count(l => l.Contains("Delivered outbox", StringComparison.Ordinal)) >= 2,
            TimeSpan.FromSeconds(30), Ct);

        var entries = bot.StandardOutput.Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.All(entries, e =>
        {
            Assert.Equal(JsonValueKind.Object, e.ValueKind);
            Assert.True(e.TryGetProperty("LogLevel", out _));
            Assert.True(e.TryGetProperty("Category", out _));
            Assert.True(e.TryGetProperty("Message", out _));
        });
        var delivered = entries.First(e => e.GetProperty("Message").GetString()!.StartsWith("Delivered outbox", StringComparison.Ordinal));
        Assert.Equal("Information", delivered.GetProperty("LogLevel").GetString());
        Assert.StartsWith("PauseBot", delivered.GetProperty("Category").GetString());
        Assert.True(delivered.GetProperty("State").TryGetProperty("OutboxId", out _)); // structured, not only a sentence
        Assert.DoesNotContain(entries, e => e.GetProperty("Category").GetString()!.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal)
                                            && e.GetProperty("LogLevel").GetString() == "Information");
    }

    /// <summary>An admin registers chordus, the lead pauses it, a contractor asks for its status, the lead resumes it.</summary>
    private static async Task RunCommandsAsync(BotProcess bot, SlackEmulator slack)
    {
        foreach (var (command, text, user) in new[]
                 {
                     ("/pausebot", $"project add chordus <#{DefaultSeed.Chordus}|chordus> Chordus", BotHost.Admin),
                     ("/pausebot", $"lead add chordus <@{DefaultSeed.Lead}|lena>", BotHost.Admin),
                     ("/pause", "chordus The client is reassessing the scope", DefaultSeed.Lead),
                     ("/pausebot", "status chordus", DefaultSeed.Alice),
                     ("/resume", "chordus Back to work", DefaultSeed.Lead),
                 })
        {
            using var response = await bot.Client.SendCommandAsync(command, text, user, DefaultSeed.Chordus, ct: Ct);
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        }
        await slack.Calls.WaitForCountAsync("chat.postMessage", 2, c => c.Ok && c.Channel == DefaultSeed.Chordus, TimeSpan.FromSeconds(30), Ct);
    }

    public void Dispose() => Directory.Delete(_elsewhere, recursive: true);
}
