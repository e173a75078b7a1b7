using System.Text.RegularExpressions;
using PauseBot.Slack.Emulator;
using PauseBot.Tests.Support;
using static PauseBot.Tests.Support.BotHostExtensions;

namespace PauseBot.Tests.Features.Webhooks;

/// <summary>Issue 9's webhooks: a real receiver on loopback gets signed deliveries through the outbox.</summary>
public partial class WebhookEndToEndTests : IAsyncLifetime
{
    private BotHost _bot = null!;
    private WebhookReceiver _receiver = null!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [GeneratedRegex("```(whsec_[A-Za-z0-9_-]+)```")]
    private static partial Regex SecretPattern();

    public async ValueTask InitializeAsync()
    {
        _receiver = await WebhookReceiver.StartAsync();
        _bot = await BotHost.StartAsync(settings: new Dictionary<string, string?> { ["PauseBot:WebhookDisableAfter"] = "00:00:02.500" });
        await _bot.RegisterChordusAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _receiver.DisposeAsync();
    }

    private async Task AddWebhookAsync(string events = "")
    {
        var reply = await _bot.CommandAsync("/pausebot", $"webhook add {_receiver.Url} {events}", BotHost.Admin);
        _receiver.Secret = SecretPattern().Match(reply) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException(reply);
    }

    [Fact]
    public async Task PauseAndResume_OneSignedDeliveryEach()
    {
        await AddWebhookAsync();

        await _bot.CommandAsync("/pause", "chordus Scope review --internal \"SECRET-NOTE\"", Lead);
        await _receiver.WaitForAsync(1, TimeSpan.FromSeconds(10), Ct);
        await _bot.CommandAsync("/resume", "chordus", Lead);
        var deliveries = await _receiver.WaitForAsync(2, TimeSpan.FromSeconds(10), Ct);

        await _bot.SettleAsync();
        Assert.Equal(2, _receiver.Accepted.Count);
        Assert.Equal(["pause.started", "pause.resumed"], deliveries.Select(d => d.Type));
        Assert.Equal(2, deliveries.Select(d => d.Id).Distinct().Count());
        Assert.Equal("chordus", deliveries[0].Body["project"]!["key"]!.GetValue<string>());
        Assert.Equal("Scope review", deliveries[0].Body["pause"]!["publicReason"]!.GetValue<string>());
        Assert.DoesNotContain("SECRET-NOTE", deliveries[0].Body.ToJsonString());
        Assert.Equal(0, _receiver.Refused);
    }

    [Fact]
    public async Task ReceiverDownForAWhile_GetsTheDeliveryOnceAfterwards()
    {
        await AddWebhookAsync("--events pause");
        _receiver.Down = true;

        await _bot.CommandAsync("/pause", "chordus Scope review", Lead);
        await _receiver.WaitForRefusedAsync(2, TimeSpan.FromSeconds(30), Ct);
        _receiver.Down = false;

        var deliveries = await _receiver.WaitForAsync(1, TimeSpan.FromSeconds(20), Ct);
        await _bot.CommandAsync("/resume", "chordus", Lead); // not subscribed to resume: nothing more arrives
        await _bot.SettleAsync();
        Assert.Single(_receiver.Accepted);
        Assert.Equal("pause.started", deliveries[0].Type);
    }

    [Fact]
    public async Task ReceiverFailingTooLong_DisabledAndAdminsToldOnce()
    {
        await AddWebhookAsync();
        _receiver.Down = true;

        await _bot.CommandAsync("/pause", "chordus Scope review", Lead);

        var dm = await _bot.Slack.Calls.WaitForAsync("chat.postMessage",
            c => c.Ok && c.Arg("channel") == BotHost.Admin && c.Json().Contains("disabled webhook #"), TimeSpan.FromSeconds(20), Ct);
        Assert.Contains(_receiver.Url.ToString(), dm.Json());
        Assert.Contains("disabled", await _bot.CommandAsync("/pausebot", "webhook list", BotHost.Admin));
        _receiver.Down = false;
        await _bot.CommandAsync("/resume", "chordus", Lead);
        await _bot.SettleAsync();
        Assert.Empty(_receiver.Accepted);
        Assert.Single(_bot.Slack.Calls.Where("chat.postMessage"), c => c.Ok && c.Arg("channel") == BotHost.Admin);
    }

    [Theory]
    [InlineData("http://example.com/hook", "plain http")]
    [InlineData("ftp://example.com/hook", "not a web address")]
    [InlineData("https://user:pw@example.com/hook", "credentials")]
    public async Task Add_BadUrl_ExplainsTheRule(string url, string expected) =>
        Assert.Contains(expected, await _bot.CommandAsync("/pausebot", $"webhook add {url}", BotHost.Admin));

    [Fact]
    public async Task Add_ByNonAdmin_Refused() =>
        Assert.Contains("Only PauseBot admins", await _bot.CommandAsync("/pausebot", $"webhook add {_receiver.Url}", DefaultSeed.Alice));
}
