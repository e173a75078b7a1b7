using SlackDate = PauseBot.Slack.Blocks.SlackDate;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PauseBot.Core.Pauses;
using PauseBot.Features.Api;
using PauseBot.Slack.Emulator;
using PauseBot.Testing;
using PauseBot.Tests.Support;
using static PauseBot.Tests.Support.BotHostExtensions;

namespace PauseBot.Tests.Features.Pauses;

/// <summary>
/// Issue 19: once a backdated pause is made, everything contractors, leads and other systems read states both instants — the
/// cutoff and when it was announced — and the backdate policy decides which one ends billable work, everywhere the same.
/// </summary>
public partial class BackdatedCutoffTextsEndToEndTests
{
    private const string Question = "I worked 3 hours this morning before the announcement, will they be paid?";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [GeneratedRegex("```(whsec_[A-Za-z0-9_-]+)```")]
    private static partial Regex SecretPattern();

    [Fact]
    public async Task CutoffPolicy_AnnouncementStatusHomeAnswersApiCsvAndWebhookCarryBothInstants()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var bot = await StartAsync();
        var reply = await bot.CommandAsync("/pausebot", $"webhook add {receiver.Url}", BotHost.Admin);
        receiver.Secret = SecretPattern().Match(reply).Groups[1].Value;
        var key = await bot.CreateApiKeyAsync();

        await bot.CommandAsync("/pause", "chordus Client halted work --at 5h ago --confirm", Lead);
        var pause = Assert.Single(await bot.PausesAsync());
        var (cutoff, announced) = (Token(pause.EffectiveAt), Token(pause.AnnouncedAt));

        var announcement = (await bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.Channel == Chordus, TimeSpan.FromSeconds(10), Ct)).Json();
        Assert.Contains($"*Not billable from*\\n{cutoff}", announcement);
        Assert.Contains($"(announced {announced}", announcement);
        Assert.Contains("even if you worked it before the pause was announced", announcement);
        var status = await bot.CommandAsync("/pausebot", "status chordus", DefaultSeed.Alice);
        Assert.Contains($"paused since {cutoff}", status);
        Assert.Contains($"(announced {announced}", status);
        await bot.Client.SendEventAsync(Events.AppHomeOpened(DefaultSeed.Alice), ct: Ct);
        var home = (await bot.Slack.Calls.WaitForAsync("views.publish", c => c.Ok, TimeSpan.FromSeconds(10), Ct)).Json();
        Assert.Contains($"*Not billable from*\\n{cutoff} (announced {announced}", home);

        var answer = await AskAsync(bot, Question);
        Assert.Contains($"before {cutoff} are billable as usual", answer);
        Assert.Contains($"Time from {cutoff} on is *not* billable, even if you worked it before the pause was announced ({announced}", answer);
        Assert.Contains($"ask <@{Lead}>", answer);
        var canI = await AskAsync(bot, "can I log hours today?");
        Assert.Contains($"not billable since {cutoff} (announced {announced}", canI);

        var between = pause.EffectiveAt.AddHours(1);
        var billable = await GetJsonAsync(bot, key, $"/api/v1/projects/chordus/billable?at={Uri.EscapeDataString(Instants.Format(between))}");
        Assert.False(billable["billable"]!.GetValue<bool>());
        AssertInstants(billable["pause"]!, pause, pause.EffectiveAt, "cutoff");
        var row = CsvRow(await GetTextAsync(bot, key, "/api/v1/projects/chordus/pauses.csv"));
        Assert.Equal((Instants.Format(pause.EffectiveAt), Instants.Format(pause.AnnouncedAt), Instants.Format(pause.EffectiveAt), "cutoff"),
            (row["effective_at"], row["announced_at"], row["not_billable_from"], row["backdate_policy"]));
        Assert.InRange(double.Parse(row["duration_hours"], System.Globalization.CultureInfo.InvariantCulture), 5, 6);
        var delivery = Assert.Single(await receiver.WaitForAsync(1, TimeSpan.FromSeconds(10), Ct));
        Assert.Equal("pause.started", delivery.Type);
        AssertInstants(delivery.Body["pause"]!, pause, pause.EffectiveAt, "cutoff");
    }

    [Fact]
    public async Task AnnouncementPolicy_ApiCsvAndAnswersUseTheAnnouncement()
    {
        await using var bot = await StartAsync(new Dictionary<string, string?> { ["PauseBot:BackdatePolicy"] = "Announcement" });
        var key = await bot.CreateApiKeyAsync();

        var confirm = await bot.CommandAsync("/pause", "chordus Client halted work --at 3h ago", Lead);
        Assert.Contains("stay billable until the pause is announced", confirm);
        await bot.CommandAsync("/pause", "chordus Client halted work --at 3h ago --confirm", Lead);
        var pause = Assert.Single(await bot.PausesAsync());
        Assert.Equal(BackdatePolicy.Announcement, pause.BackdatePolicy);
        var (cutoff, announced) = (Token(pause.EffectiveAt), Token(pause.AnnouncedAt));

        var between = await GetJsonAsync(bot, key, $"/api/v1/projects/chordus/billable?at={Uri.EscapeDataString(Instants.Format(pause.EffectiveAt.AddHours(1)))}");
        Assert.True(between["billable"]!.GetValue<bool>());
        Assert.Null(between["pause"]);
        // The API takes instants to the second: the first whole second from the announcement on, once it has passed.
        var after = DateTimeOffset.FromUnixTimeSeconds(pause.AnnouncedAt.ToUnixTimeSeconds() + 1);
        await RealTime.WaitUntilAsync(after, Ct);
        var paused = await GetJsonAsync(bot, key, $"/api/v1/projects/chordus/billable?at={Uri.EscapeDataString(Instants.Format(after))}");
        Assert.False(paused["billable"]!.GetValue<bool>());
        AssertInstants(paused["pause"]!, pause, pause.AnnouncedAt, "announcement");
        var row = CsvRow(await GetTextAsync(bot, key, "/api/v1/projects/chordus/pauses.csv"));
        Assert.Equal((Instants.Format(pause.EffectiveAt), Instants.Format(pause.AnnouncedAt), "announcement"),
            (row["effective_at"], row["not_billable_from"], row["backdate_policy"]));
        Assert.InRange(double.Parse(row["duration_hours"], System.Globalization.CultureInfo.InvariantCulture), 0, 1);

        var announcement = (await bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.Channel == Chordus, TimeSpan.FromSeconds(10), Ct)).Json();
        Assert.Contains($"*Not billable from*\\n{announced}, when it was announced (cutoff {cutoff}", announcement);
        var answer = await AskAsync(bot, Question);
        Assert.Contains($"until the pause was announced ({announced}) are billable, also those after the cutoff ({cutoff})", answer);
        Assert.Contains($"not billable since {announced}", await AskAsync(bot, "can I log hours today?"));
    }

    private static async Task<BotHost> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var bot = await BotHost.StartAsync(settings: settings);
        await bot.RegisterChordusAsync();
        return bot;
    }

    private static string Token(DateTimeOffset at) => SlackDate.Token(at);

    private static async Task<string> AskAsync(BotHost bot, string text)
    {
        var dm = bot.Slack.Workspace.OpenDm(DefaultSeed.Alice)!.Id;
        var before = bot.Slack.Calls.Where("chat.postMessage").Count(c => c.Ok && c.Channel == dm);
        await bot.Client.SendEventAsync(Events.Message(DefaultSeed.Alice, dm, text), ct: Ct);
        var answers = await bot.Slack.Calls.WaitForCountAsync("chat.postMessage", before + 1, c => c.Ok && c.Channel == dm, TimeSpan.FromSeconds(30), Ct);
        return answers[^1].Json();
    }

    private static void AssertInstants(JsonNode json, Pause pause, DateTimeOffset notBillableFrom, string policy)
    {
        long Seconds(string name) => DateTimeOffset.Parse(json[name]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeSeconds();
        Assert.Equal(pause.EffectiveAt.ToUnixTimeSeconds(), Seconds("effectiveAt"));
        Assert.Equal(pause.AnnouncedAt.ToUnixTimeSeconds(), Seconds("announcedAt"));
        Assert.Equal(notBillableFrom.ToUnixTimeSeconds(), Seconds("notBillableFrom"));
        Assert.Equal(policy, json["backdatePolicy"]!.GetValue<string>());
    }

    private static async Task<string> GetTextAsync(BotHost bot, string key, string path)
    {
        var response = await bot.GetAsync(path, key, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(Ct);
    }

    private static async Task<JsonObject> GetJsonAsync(BotHost bot, string key, string path) =>
        JsonNode.Parse(await GetTextAsync(bot, key, path))!.AsObject();

    // The one data row of a CSV whose fields need no quoting, by column name.
    private static Dictionary<string, string> CsvRow(string csv)
    {
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        return lines[0].Split(',').Zip(lines[1].Split(',')).ToDictionary(p => p.First, p => p.Second);
    }
}
