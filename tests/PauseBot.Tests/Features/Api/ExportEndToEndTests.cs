using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PauseBot.Slack.Emulator;
using PauseBot.Features.Api;
using PauseBot.Testing;
using PauseBot.Tests.Support;
using static PauseBot.Tests.Support.BotHostExtensions;

namespace PauseBot.Tests.Features.Api;

/// <summary>Issue 9's finance export: the CSV's intervals and durations are the pauses', by API key or signed link.</summary>
public partial class ExportEndToEndTests : IAsyncLifetime
{
    private const string PublicBase = "https://pausebot.example.com";
    private BotHost _bot = null!;
    private string _key = "";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [GeneratedRegex(@"<(https://pausebot\.example\.com(/api/v1/[^|>]+))\|")]
    private static partial Regex LinkPattern();

    public async ValueTask InitializeAsync()
    {
        _bot = await BotHost.StartAsync(settings: new Dictionary<string, string?> { ["PauseBot:PublicBaseUrl"] = PublicBase });
        await _bot.RegisterChordusAsync();
        _key = await _bot.CreateApiKeyAsync("finance");
    }

    public async ValueTask DisposeAsync() => await _bot.DisposeAsync();

    private async Task PauseAndResumeAsync(string reason, int millis, bool acknowledge)
    {
        await _bot.CommandAsync("/pause", $"chordus {reason}", Lead);
        if (acknowledge)
        {
            var post = await _bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.Channel == Chordus && c.Json().Contains(reason), TimeSpan.FromSeconds(10), Ct);
            var pauseId = post.Args["blocks"]!.AsArray().Select(b => b?["elements"]).OfType<JsonArray>().SelectMany(e => e)
                .Single(e => e?["action_id"]?.GetValue<string>() == "pause_ack")!["value"]!.GetValue<string>();
            await _bot.Client.SendInteractionAsync(SlackTestClient.BlockActionPayload(DefaultSeed.Alice, "pause_ack", pauseId, Chordus,
                post.ResponseTs, _bot.Slack.CreateResponseUrl(Chordus, DefaultSeed.Alice), null), Ct);
            await _bot.Slack.Calls.WaitForAsync("response_url", c => c.Json().Contains("acknowledged"), TimeSpan.FromSeconds(10), Ct);
        }
        // The pause lasts at least that long on the bot's clock.
        await RealTime.WaitUntilAsync((await _bot.PausesAsync())[^1].EffectiveAt.AddMilliseconds(millis), Ct);
        await _bot.CommandAsync("/resume", "chordus", Lead);
    }

    [Fact]
    public async Task Csv_DurationsMatchThePauses_ByKeyAndBySignedLink()
    {
        await PauseAndResumeAsync("Scope review, part one", 1500, acknowledge: true);
        await PauseAndResumeAsync("=Budget freeze", 2500, acknowledge: false);

        var pauses = JsonNode.Parse(await (await _bot.GetAsync("/api/v1/projects/chordus/pauses", _key, Ct)).Content.ReadAsStringAsync(Ct))!["pauses"]!.AsArray();
        var response = await _bot.GetAsync("/api/v1/projects/chordus/pauses.csv", _key, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var csv = await response.Content.ReadAsStringAsync(Ct);
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(PausesCsv.Header, lines[0]);
        Assert.EndsWith(",acknowledgements,tracker,late_entries,late_hours,announced_at,not_billable_from,backdate_policy", lines[0]);
        Assert.Equal(3, lines.Length);
        for (var i = 0; i < 2; i++)
        {
            var fields = Parse(lines[i + 1]);
            var effective = DateTimeOffset.Parse(fields[1], CultureInfo.InvariantCulture);
            var ended = DateTimeOffset.Parse(fields[2], CultureInfo.InvariantCulture);
            Assert.EndsWith("Z", fields[1]);
            Assert.Equal(pauses[i]!["effectiveAt"]!.GetValue<DateTimeOffset>(), effective, TimeSpan.FromSeconds(1));
            Assert.Equal(pauses[i]!["endedAt"]!.GetValue<DateTimeOffset>(), ended, TimeSpan.FromSeconds(1));
            var exact = (pauses[i]!["endedAt"]!.GetValue<DateTimeOffset>() - pauses[i]!["effectiveAt"]!.GetValue<DateTimeOffset>()).TotalHours;
            Assert.Equal(exact, double.Parse(fields[3], CultureInfo.InvariantCulture), 4);
            Assert.Equal([Lead, Lead], fields[5..7]);
        }
        Assert.Equal(["chordus", "Scope review, part one"], Parse(lines[1])[..5].Where((_, i) => i is 0 or 4));
        Assert.Equal("1", Parse(lines[1])[7]);
        Assert.Equal("'=Budget freeze", Parse(lines[2])[4]); // never a formula in a spreadsheet

        var reply = await _bot.CommandAsync("/pausebot", "export chordus --from 2020-01-01", Lead);
        var link = LinkPattern().Match(reply).Groups[2].Value.Replace("&amp;", "&", StringComparison.Ordinal);
        var byLink = await _bot.GetAsync(link, null, Ct);
        Assert.Equal(HttpStatusCode.OK, byLink.StatusCode);
        Assert.Equal(csv, await byLink.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.Unauthorized, (await _bot.GetAsync(link.Replace("from=2020", "from=2019", StringComparison.Ordinal), null, Ct)).StatusCode);
    }

    [Fact]
    public async Task Csv_RangeAfterThePauses_OnlyTheHeader_AndBadDates400()
    {
        await PauseAndResumeAsync("Scope review", 200, acknowledge: false);

        var later = await _bot.GetAsync("/api/v1/projects/chordus/pauses.csv?from=2099-01-01", _key, Ct);
        Assert.Single((await later.Content.ReadAsStringAsync(Ct)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(HttpStatusCode.BadRequest, (await _bot.GetAsync("/api/v1/projects/chordus/pauses.csv?to=soon", _key, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _bot.GetAsync("/api/v1/projects/chordus/pauses.csv", null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _bot.GetAsync("/api/v1/projects/nope/pauses.csv", _key, Ct)).StatusCode);
    }

    [Fact]
    public async Task Export_ByContractor_Refused_AndBadFlagsExplained()
    {
        Assert.Contains("Only leads of `chordus`", await _bot.CommandAsync("/pausebot", "export chordus", DefaultSeed.Alice));
        Assert.Contains("--from", await _bot.CommandAsync("/pausebot", "export chordus --from someday", Lead));
        Assert.Contains("Usage", await _bot.CommandAsync("/pausebot", "export", Lead));
    }

    /// <summary>An RFC 4180 line reader, independent of the bot's writer.</summary>
    private static string[] Parse(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"') { current.Append('"'); i++; }
            else if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) { fields.Add(current.ToString()); current.Clear(); }
            else current.Append(c);
        }
        fields.Add(current.ToString());
        return [.. fields];
    }
}
