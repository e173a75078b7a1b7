using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PauseBot.Tests.Support;
using static PauseBot.Tests.Support.BotHostExtensions;

namespace PauseBot.Tests.Features.Api;

/// <summary>Issue 9's billable API: a time tracker asks whether an instant is billable, with an API key.</summary>
public partial class BillableApiTests : IAsyncLifetime
{
    private BotHost _bot = null!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _bot = await BotHost.StartAsync();
        await _bot.RegisterChordusAsync();
    }

    public async ValueTask DisposeAsync() => await _bot.DisposeAsync();

    private async Task<HttpClient> ClientWithKeyAsync()
    {
        var reply = await _bot.CommandAsync("/pausebot", "apikey create timetracker", BotHost.Admin);
        var key = KeyPattern().Match(reply).Value;
        Assert.StartsWith("pbk_", key);
        var http = new HttpClient { BaseAddress = _bot.BaseUrl };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return http;
    }

    private static async Task<JsonObject> JsonAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    [Fact]
    public async Task Billable_BeforeCutoffInsidePauseAndAfterResume_FromTheOneRule()
    {
        using var http = await ClientWithKeyAsync();
        var before = TimeProvider.System.GetUtcNow();
        await _bot.CommandAsync("/pause", "chordus Scope review --internal \"hush\"", Lead);
        await Task.Delay(50, Ct);
        var inside = TimeProvider.System.GetUtcNow();
        await Task.Delay(50, Ct);
        await _bot.CommandAsync("/resume", "chordus", Lead);
        await Task.Delay(50, Ct);

        var a = await JsonAsync(await http.GetAsync($"/api/v1/projects/chordus/billable?at={Uri.EscapeDataString(before.AddSeconds(-1).ToString("O"))}", Ct));
        var b = await JsonAsync(await http.GetAsync($"/api/v1/projects/chordus/billable?at={Uri.EscapeDataString(inside.ToString("O"))}", Ct));
        var c = await JsonAsync(await http.GetAsync("/api/v1/projects/chordus/billable", Ct));

        Assert.True(a["billable"]!.GetValue<bool>());
        Assert.False(b["billable"]!.GetValue<bool>());
        Assert.Equal("Scope review", b["pause"]!["publicReason"]!.GetValue<string>());
        Assert.True(c["billable"]!.GetValue<bool>());
        var pauses = await http.GetStringAsync("/api/v1/projects/chordus/pauses", Ct);
        Assert.Contains("Scope review", pauses);
        Assert.DoesNotContain("hush", pauses + b.ToJsonString());
    }

    [Fact]
    public async Task Api_NoKeyBadKeyRevokedKeyUnknownProjectBadAt_401_401_401_404_400()
    {
        using var anonymous = new HttpClient { BaseAddress = _bot.BaseUrl };
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/projects/chordus/billable", Ct)).StatusCode);
        anonymous.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "pbk_nope");
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/projects/chordus/billable", Ct)).StatusCode);

        using var http = await ClientWithKeyAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/api/v1/projects/nosuch/billable", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await http.GetAsync("/api/v1/projects/chordus/billable?at=yesterday-ish", Ct)).StatusCode);
        Assert.Contains("revoked", await _bot.CommandAsync("/pausebot", "apikey revoke timetracker", BotHost.Admin));
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/api/v1/projects/chordus/billable", Ct)).StatusCode);
        Assert.Contains("Only PauseBot admins", await _bot.CommandAsync("/pausebot", "apikey create mine", Lead));
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheBillableEndpoint()
    {
        using var anonymous = new HttpClient { BaseAddress = _bot.BaseUrl };
        var doc = await anonymous.GetStringAsync("/openapi/v1.json", Ct);
        Assert.Contains("/api/v1/projects/{key}/billable", doc);
    }

    [GeneratedRegex("pbk_[A-Za-z0-9_-]+")]
    private static partial Regex KeyPattern();
}
