using System.Net;
using System.Text.RegularExpressions;
using PauseBot.Slack.Emulator;
using PauseBot.Testing;
using PauseBot.Tests.Support;
using static PauseBot.Tests.Support.BotHostExtensions;

namespace PauseBot.Tests.Slack;

/// <summary>The bot deployed Socket-Mode-only: configuration, no HTTP Slack endpoints, and nothing lost or doubled across refreshes.</summary>
public sealed partial class SocketModeEndToEndTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ClicksDuringForcedRefreshOfEveryConnection_EachAnsweredOnceNothingLost()
    {
        await using var bot = await BotHost.StartSocketModeAsync();
        await bot.RegisterChordusAsync();
        await bot.CommandAsync("/pause", "chordus Scope review", Lead);
        var announcement = await bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok, TimeSpan.FromSeconds(10), Ct);
        var pauseId = PauseIdPattern().Match(announcement.Json()).Groups[1].Value;
        var ts = announcement.Response!["ts"]!.GetValue<string>();
        var users = Enumerable.Range(0, 24).Select(i => $"U0SOCK{i:D2}").ToList();
        foreach (var user in users)
            bot.Slack.Workspace.AddUser(user, user.ToLowerInvariant());
        var first = bot.Slack.SocketMode.OpenConnectionIds;

        Task<SocketModeAck> Click(string user) => bot.Socket!.SendInteractionAsync(SlackTestClient.BlockActionPayload(user, "pause_ack",
            pauseId, Chordus, ts, bot.Slack.CreateResponseUrl(Chordus, user), null), Ct);

        // Three waves of clicks, each still in flight when the next step comes: before the refreshes, between them, after them.
        var clicks = users[..8].Select(Click).ToList();
        await bot.Slack.SocketMode.DisconnectAsync(first[0], "refresh_requested", cancellationToken: Ct);
        clicks.AddRange(users[8..16].Select(Click));
        await bot.Slack.SocketMode.DisconnectAsync(first[1], "warning", cancellationToken: Ct);
        clicks.AddRange(users[16..].Select(Click));
        var acks = await Task.WhenAll(clicks);
        await bot.Slack.SocketMode.RedeliverAsync(acks[3].EnvelopeId, cancellationToken: Ct); // Slack retries one whose ack it "lost"

        var answers = await bot.Slack.Calls.WaitForCountAsync(CallLog.ResponseUrlMethod, users.Count, null, TimeSpan.FromSeconds(15), Ct);
        await bot.Slack.SocketMode.WaitForCloseAsync(first[0], TimeSpan.FromSeconds(15), Ct);
        await bot.Slack.SocketMode.WaitForCloseAsync(first[1], TimeSpan.FromSeconds(15), Ct);
        await bot.SettleAsync();
        Assert.Equal(users.Count, acks.Select(a => a.EnvelopeId).Distinct().Count());
        Assert.Empty(bot.Slack.SocketMode.LostAtClose);
        Assert.All(answers, a => Assert.Contains("Thanks", a.Json()));
        Assert.Equal(users.Count, bot.Slack.Calls.Where(CallLog.ResponseUrlMethod).Count); // the redelivery was not handled again
        Assert.Contains(bot.Slack.SocketMode.Connections, c => c.Id > 2 && c.IsOpen);
        Assert.Contains($"*Acknowledged:* {users.Count}", await bot.CommandAsync("/pausebot", "status chordus", Lead));
    }

    [Fact]
    public async Task SocketModeOnly_HttpSlackEndpointsNotServedHealthStillIs()
    {
        await using var bot = await BotHost.StartSocketModeAsync();

        var command = await bot.Client.SendCommandAsync("/pausebot", "help", Lead, Chordus, ct: Ct);

        Assert.Equal(HttpStatusCode.NotFound, command.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bot.Http.GetAsync("/healthz", Ct)).StatusCode);
    }

    [Fact]
    public async Task SocketModeWithSigningSecret_BothTransportsServed()
    {
        await using var bot = await BotHost.StartSocketModeAsync(settings: new Dictionary<string, string?> { ["Slack:SigningSecret"] = BotHost.SigningSecret });

        var overHttp = await bot.Client.SendCommandAsync("/pausebot", "help", Lead, Chordus, ct: Ct);
        var overSocket = await bot.CommandAsync("/pausebot", "help", Lead);

        Assert.Equal(HttpStatusCode.OK, overHttp.StatusCode);
        Assert.Contains("/pausebot", await overHttp.Content.ReadAsStringAsync(Ct));
        Assert.Contains("/pausebot", overSocket);
    }

    [Theory]
    [InlineData(new[] { "--Slack:SocketMode=true", "--Slack:AppToken=xapp-1-A1-1-abc" }, null)]
    [InlineData(new[] { "--Slack:SocketMode=true" }, "Slack:AppToken (xapp-…) is missing")]
    [InlineData(new[] { "--Slack:SocketMode=true", "--Slack:AppToken=xoxb-wrong" }, "does not look like an app-level token")]
    [InlineData(new[] { "--Slack:SocketMode=yes", "--Slack:AppToken=xapp-1" }, "is not true or false")]
    [InlineData(new[] { "--Slack:SocketMode=false" }, "Slack:SigningSecret is missing")]
    public void Build_SocketModeConfiguration_OnlyBotAndAppTokenNeeded(string[] socketArgs, string? problem)
    {
        var errors = new StringWriter();
        var app = PauseBotHost.Build(["--Slack:BotToken=xoxb-1", "--Database:ConnectionString=Data Source=:memory:", .. socketArgs], errors);

        if (problem is null)
            Assert.True(app is not null, errors.ToString());
        else
            Assert.Contains(problem, errors.ToString());
        Assert.Equal(problem is null, app is not null);
    }

    [GeneratedRegex("\"value\":\"([0-9a-f-]{36})\"")]
    private static partial Regex PauseIdPattern();
}
