using System.Net;
using System.Text;
using PauseBot.Tests.Support;
using PauseBot.Testing;

namespace PauseBot.Tests.Slack;

/// <summary>The three request URLs over real HTTP: verify before parse, 401/400/413, never 500.</summary>
public class SlackEndpointsTests : IAsyncLifetime
{
    private BotHost _bot = null!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _bot = await BotHost.StartAsync();

    public async ValueTask DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Events_SignedUrlVerification_EchoesChallenge()
    {
        var body = Payloads.Read("events_url_verification.json");
        var response = await _bot.Client.SendRawAsync("/slack/events", "application/json", Encoding.UTF8.GetBytes(body), ct: Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", await response.Content.ReadAsStringAsync(Ct));
    }

    [Theory]
    [InlineData("/slack/events")]
    [InlineData("/slack/commands")]
    [InlineData("/slack/interactions")]
    public async Task AnyEndpoint_Unsigned_401(string path)
    {
        var response = await _bot.Client.SendRawAsync(path, "application/json", "{\"type\":\"url_verification\",\"challenge\":\"x\"}"u8.ToArray(), sign: false, ct: Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Events_StaleTimestamp_401()
    {
        var stale = TimeProvider.System.GetUtcNow().AddMinutes(-6).ToUnixTimeSeconds().ToString();
        var response = await _bot.Client.SendRawAsync("/slack/events", "application/json",
            Encoding.UTF8.GetBytes(Payloads.Read("events_url_verification.json")), timestampOverride: stale, ct: Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Events_TamperedSignature_401()
    {
        var response = await _bot.Client.SendRawAsync("/slack/events", "application/json",
            Encoding.UTF8.GetBytes(Payloads.Read("events_url_verification.json")),
            signatureOverride: "v0=" + new string('0', 64), ct: Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Commands_OverOneMebibyte_413()
    {
        var body = Encoding.UTF8.GetBytes("text=" + new string('a', 1024 * 1024 + 10));
        var response = await _bot.Client.SendRawAsync("/slack/commands", "application/x-www-form-urlencoded", body, ct: Ct);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Events_SignedMalformedJson_400()
    {
        var response = await _bot.Client.SendRawAsync("/slack/events", "application/json", "{\"type\": \"event_callback\", "u8.ToArray(), ct: Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Interactions_SignedPayloadNotJson_400()
    {
        var response = await _bot.Client.SendRawAsync("/slack/interactions", "application/x-www-form-urlencoded", "payload=%7Bnot-json"u8.ToArray(), ct: Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Health_AliveAndReady_200()
    {
        Assert.Equal(HttpStatusCode.OK, (await _bot.Http.GetAsync("/healthz", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _bot.Http.GetAsync("/readyz", Ct)).StatusCode);
    }
}
