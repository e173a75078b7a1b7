using System.Net;
using System.Text.Json.Nodes;
using PauseBot.Features.Api;
using PauseBot.Slack.Emulator;
using PauseBot.Tests.Support;
using static PauseBot.Tests.Support.BotHostExtensions;

namespace PauseBot.Tests.Features.Api;

/// <summary>Issue 9's billable API: time trackers ask over HTTP and get the billable rule's answer.</summary>
public class BillableApiEndToEndTests : IAsyncLifetime
{
    private const string Note = "INTERNAL-do-not-share";
    private BotHost _bot = null!;
    private string _key = "";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _bot = await BotHost.StartAsync();
        await _bot.RegisterChordusAsync();
        _key = await _bot.CreateApiKeyAsync();
    }

    public async ValueTask DisposeAsync() => await _bot.DisposeAsync();

    private static DateTimeOffset WholeSecondFrom(DateTimeOffset at) =>
        DateTimeOffset.FromUnixTimeSeconds(at.ToUnixTimeSeconds() + (at.UtcTicks % TimeSpan.TicksPerSecond == 0 ? 0 : 1));

    private async Task<JsonObject> BillableAtAsync(DateTimeOffset at)
    {
        var response = await _bot.GetAsync($"/api/v1/projects/chordus/billable?at={Uri.EscapeDataString(Instants.Format(at))}", _key, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!.AsObject();
    }

    [Fact]
    public async Task Billable_FalseInsidePause_TrueBeforeCutoffAndAfterResume()
    {
        var before = TimeProvider.System.GetUtcNow().AddSeconds(-2);
        await _bot.CommandAsync("/pause", $"chordus Client reassessing scope --until 2099-01-01 --internal \"{Note}\"", Lead);
        // The API takes instants to the second: the first whole second from the cutoff on is inside the pause once it has passed.
        var inside = WholeSecondFrom(Assert.Single(await _bot.PausesAsync()).EffectiveAt);
        await RealTime.WaitUntilAsync(inside, Ct);
        Assert.False((await BillableAtAsync(inside))["billable"]!.GetValue<bool>());
        await _bot.CommandAsync("/resume", "chordus", Lead);
        var after = WholeSecondFrom(Assert.Single(await _bot.PausesAsync()).EndedAt!.Value);
        await RealTime.WaitUntilAsync(after, Ct);

        var paused = await BillableAtAsync(inside);
        Assert.Equal("chordus", paused["project"]!.GetValue<string>());
        Assert.False(paused["billable"]!.GetValue<bool>());
        Assert.Equal("Client reassessing scope", paused["pause"]!["publicReason"]!.GetValue<string>());
        Assert.NotNull(paused["pause"]!["effectiveAt"]);
        Assert.StartsWith("2099-01-01", paused["pause"]!["expectedResumeAt"]!.GetValue<string>());
        Assert.DoesNotContain(Note, paused.ToJsonString());
        var beforeCutoff = await BillableAtAsync(before);
        Assert.True(beforeCutoff["billable"]!.GetValue<bool>());
        Assert.Null(beforeCutoff["pause"]);
        Assert.True((await BillableAtAsync(after))["billable"]!.GetValue<bool>());
        var now = await _bot.GetAsync("/api/v1/projects/chordus/billable", _key, Ct);
        Assert.True(JsonNode.Parse(await now.Content.ReadAsStringAsync(Ct))!["billable"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Billable_WithoutOrWithBadKey_401()
    {
        var none = await _bot.GetAsync("/api/v1/projects/chordus/billable", null, Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal("Bearer", none.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _bot.GetAsync("/api/v1/projects/chordus/billable", "pbk_wrongwrongwrongwrong", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _bot.GetAsync("/api/v1/projects/chordus/pauses", null, Ct)).StatusCode);
    }

    [Fact]
    public async Task Billable_UnknownProjectOrBadAt_404And400()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _bot.GetAsync("/api/v1/projects/nope/billable", _key, Ct)).StatusCode);
        foreach (var at in new[] { "yesterday", "2026-04-07T09:00:00", "2026-13-01T00:00:00Z" })
        {
            var response = await _bot.GetAsync($"/api/v1/projects/chordus/billable?at={Uri.EscapeDataString(at)}", _key, Ct);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("ISO-8601", await response.Content.ReadAsStringAsync(Ct));
        }
    }

    [Fact]
    public async Task ApiKey_Revoked_401_AndOnlyAdminsManageKeys()
    {
        Assert.Contains("Only PauseBot admins", await _bot.CommandAsync("/pausebot", "apikey create mine", DefaultSeed.Alice));
        Assert.Contains("already a key", await _bot.CommandAsync("/pausebot", "apikey create timetracker", BotHost.Admin));
        Assert.Contains("timetracker", await _bot.CommandAsync("/pausebot", "apikey list", BotHost.Admin));
        Assert.DoesNotContain(_key, await _bot.CommandAsync("/pausebot", "apikey list", BotHost.Admin));

        Assert.Contains("revoked", await _bot.CommandAsync("/pausebot", "apikey revoke timetracker", BotHost.Admin));

        Assert.Equal(HttpStatusCode.Unauthorized, (await _bot.GetAsync("/api/v1/projects/chordus/billable", _key, Ct)).StatusCode);
    }

    [Fact]
    public async Task Pauses_History_PublicFieldsOnly()
    {
        await _bot.CommandAsync("/pause", $"chordus Scope review --internal \"{Note}\"", Lead);
        await _bot.CommandAsync("/pausebot", "update chordus Client call on Thursday", Lead);
        await _bot.CommandAsync("/resume", "chordus", Lead);

        var response = await _bot.GetAsync("/api/v1/projects/chordus/pauses", _key, Ct);

        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var pause = JsonNode.Parse(body)!["pauses"]!.AsArray().Single()!;
        Assert.Equal("ended", pause["state"]!.GetValue<string>());
        Assert.Equal(Lead, pause["resumedBy"]!.GetValue<string>());
        Assert.Equal("Client call on Thursday", pause["updates"]![0]!["text"]!.GetValue<string>());
        Assert.DoesNotContain(Note, body);
    }

    [Fact]
    public async Task OpenApi_DocumentDescribesTheApi()
    {
        var response = await _bot.Http.GetAsync("/openapi/v1.json", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var paths = JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!["paths"]!.AsObject();
        Assert.Contains("/api/v1/projects/{key}/billable", paths.Select(p => p.Key));
        Assert.Contains("/api/v1/projects/{key}/pauses.csv", paths.Select(p => p.Key));
    }
}
