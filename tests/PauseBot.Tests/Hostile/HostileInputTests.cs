using PauseBot.Persistence;
using PauseBot.Slack.Emulator;
using PauseBot.Tests.Support;
using static PauseBot.Tests.Support.BotHostExtensions;

namespace PauseBot.Tests.Hostile;

/// <summary>
/// 5,000 generated malformed or hostile requests per Slack endpoint (seeded, so a failure reproduces): no 5xx; every
/// unsigned, stale or tampered request 401 and without effect; no user text reaches Slack with live control sequences.
/// </summary>
public class HostileInputTests : IAsyncLifetime
{
    private const int PerEndpoint = 5000;
    private const int Unauthentic = 2000;
    private const int MaxBody = 1024 * 1024;
    private const string HostileReason = "Scope <!channel> <!here> *bold* <https://evil.example|x> review";
    private BotHost _bot = null!;
    private string _pauseId = "";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _bot = await BotHost.StartAsync(settings: new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Error" });
        await _bot.RegisterChordusAsync();
        await _bot.CommandAsync("/pause", $"chordus {HostileReason}", Lead);
        var post = await _bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok, TimeSpan.FromSeconds(10), Ct);
        _pauseId = post.Json().Split("\"value\":\"")[1].Split('"')[0];
    }

    public async ValueTask DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Pause_ReasonWithControlSequences_AnnouncedEscaped()
    {
        var json = (await _bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok, TimeSpan.FromSeconds(10), Ct)).Json();

        Assert.Contains("&lt;!channel&gt;", json);
        Assert.Contains("&lt;!here&gt;", json);
        Assert.Contains("&lt;https://evil.example|x&gt;", json);
        LiveControlSequences.AssertNone(json);
    }

    [Theory]
    [InlineData("/slack/commands", 1)]
    [InlineData("/slack/events", 2)]
    [InlineData("/slack/interactions", 3)]
    public async Task Endpoint_FiveThousandHostileRequests_No5xxUnauthentic401WithoutEffectNothingLive(string path, int seed)
    {
        var rng = new Random(seed);
        var bodies = new HostileBodies(rng, _pauseId);
        Func<(string?, byte[], string)> next = path switch
        {
            "/slack/commands" => bodies.Command,
            "/slack/events" => bodies.Event,
            _ => bodies.Interaction,
        };
        var forged = Enum.GetValues<Signing>().Where(s => s != Signing.Valid).ToArray();
        var requests = Enumerable.Range(0, PerEndpoint).Select(i =>
        {
            var (type, body, kind) = next();
            return new HostileRequest(path, type, body, i < Unauthentic ? forged[rng.Next(forged.Length)] : Signing.Valid, kind);
        }).ToList();
        var sender = new HostileSender(_bot.Http, BotHost.SigningSecret, rng);
        var before = await StateSnapshot.TakeAsync(_bot, Ct);

        var refused = await sender.SendAllAsync(requests[..Unauthentic], 32, Ct);

        // Bodies over the 1 MiB cap are refused before they are read (and so before the signature can be checked).
        Assert.All(refused, r => Assert.True(r.Status == 401 || (r.Status == 413 && r.Request.Body.Length > MaxBody),
            $"{r.Request} answered {r.Status}"));
        Assert.Equal(before, await StateSnapshot.TakeAsync(_bot, Ct));

        var signed = await sender.SendAllAsync(requests[Unauthentic..], 32, Ct);

        Assert.All(signed, r => Assert.True(r.Status < 500, $"{r.Request} answered {r.Status}: {r.Body}"));
        // A handler that threw is answered with an apology: bad input must get a clear message instead.
        Assert.All(signed, r => Assert.DoesNotContain("something went wrong", r.Body, StringComparison.OrdinalIgnoreCase));
        Assert.All(signed.Where(r => r.Request.Body.Length > MaxBody), r => Assert.Equal(413, r.Status));
        Assert.Contains(signed, r => r.Status == 200);
        Assert.All(signed, r => LiveControlSequences.AssertNone(r.Body));
        await _bot.SettleAsync(); // background work (event handling, outbox) has talked to Slack
        Assert.All(_bot.Slack.Calls.All, c => LiveControlSequences.AssertNone(c.Json()));
    }
}
