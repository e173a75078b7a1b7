using Microsoft.Extensions.Time.Testing;
using PauseBot.Slack.Emulator;

namespace PauseBot.Slack.Tests.SocketMode;

/// <summary>The Socket Mode client against the emulator's real WebSocket server: acks, staggering, refreshes, drops, halts.</summary>
public sealed class SocketModeClientTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Start_TwoConnectionsStaggered_SecondOpensOnlyOnceTheStaggerPassedOnTheClientsClock()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        await using var f = await SocketModeClientFixture.StartAsync(o => o.ConnectionStagger = TimeSpan.FromSeconds(10),
            waitForConnections: false, clientTime: time);
        await f.Server.WaitForConnectionsAsync(1, Wait, Ct);
        await WaitUntilAsync(() => f.Client.OpenConnections == 1);

        // The second slot waits on the client's (fake) clock: until that clock has moved by the stagger nothing else opens.
        Assert.Single(f.Slack.Calls.Where("apps.connections.open"));
        var advanced = await AdvanceUntilAsync(time, () => f.Client.OpenConnections == 2);

        var connections = f.Server.Connections;
        Assert.Equal(2, f.Slack.Calls.Where("apps.connections.open").Count);
        Assert.True(connections[0].OpenedSequence < connections[1].OpenedSequence);
        Assert.True(advanced >= TimeSpan.FromSeconds(10), $"opened after {advanced} of the client's clock");
    }

    [Fact]
    public async Task Drop_ReconnectWaitsForTheBackoffOnTheClientsClock()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        await using var f = await SocketModeClientFixture.StartAsync(o =>
        {
            o.Connections = 1;
            o.ReconnectBaseDelay = TimeSpan.FromSeconds(4);
            o.ReconnectMaxDelay = TimeSpan.FromSeconds(60);
        }, waitForConnections: false, clientTime: time);
        await f.Server.WaitForConnectionsAsync(1, Wait, Ct);

        f.Server.Drop(1);
        await f.Server.WaitForCloseAsync(1, Wait, Ct);
        await WaitUntilAsync(() => f.Client.OpenConnections == 0);

        // The first reconnect waits between half and all of the base delay (jitter) on the client's clock.
        Assert.Single(f.Slack.Calls.Where("apps.connections.open"));
        var advanced = await AdvanceUntilAsync(time, () => f.Client.OpenConnections == 1);

        Assert.Equal(2, f.Slack.Calls.Where("apps.connections.open").Count);
        Assert.True(advanced >= TimeSpan.FromSeconds(2), $"reconnected after {advanced} of the client's clock");
    }

    [Fact]
    public async Task SlashCommand_AckCarriesTheHandlersReply()
    {
        await using var f = await SocketModeClientFixture.StartAsync();

        var ack = await f.Server.SendAndWaitForAckAsync("slash_commands", SocketModeClientFixture.Command("hello"), true, Wait, Ct);

        Assert.Equal("recorded hello", ack.Payload?["text"]?.GetValue<string>());
        Assert.Equal("ephemeral", ack.Payload?["response_type"]?.GetValue<string>());
    }

    [Fact]
    public async Task ViewSubmission_AckCarriesResponseAction()
    {
        await using var f = await SocketModeClientFixture.StartAsync();
        var payload = System.Text.Json.Nodes.JsonNode.Parse(TestSupport.Payloads.Text("interactive_view_submission_bolt_python.json"))!.AsObject();
        payload["view"]!["state"]!["values"]!["hspI"]!["maBWU"]!["value"] = "bad";

        var ack = await f.Server.SendAndWaitForAckAsync("interactive", payload, true, Wait, Ct);

        Assert.Equal("errors", ack.Payload?["response_action"]?.GetValue<string>());
        Assert.Equal("Not that", ack.Payload?["errors"]?["hspI"]?.GetValue<string>());
    }

    [Fact]
    public async Task Event_AckedWithoutPayloadAndHandled()
    {
        await using var f = await SocketModeClientFixture.StartAsync();

        var id = await f.Server.SendAsync("events_api", SocketModeClientFixture.MessageEvent("Ev1", "hi"), false, Wait, Ct);
        var ack = await f.Server.WaitForAckAsync(id, Wait, Ct);
        await f.DrainEventsAsync();

        Assert.Null(ack.Payload);
        Assert.Equal(["Ev1:message", "EvSentinel:message"], f.Probe.Calls);
    }

    [Fact]
    public async Task Redelivery_AfterAck_AckedAgainButHandledOnce()
    {
        await using var f = await SocketModeClientFixture.StartAsync();
        var command = await f.Server.SendAndWaitForAckAsync("slash_commands", SocketModeClientFixture.Command("once"), true, Wait, Ct);
        var eventId = await f.Server.SendAsync("events_api", SocketModeClientFixture.MessageEvent("EvOnce", "hi"), false, Wait, Ct);
        await f.Server.WaitForAckAsync(eventId, Wait, Ct);

        await f.Server.RedeliverAsync(command.EnvelopeId, cancellationToken: Ct);
        await f.Server.RedeliverAsync(eventId, cancellationToken: Ct);
        await WaitUntilAsync(() => f.Server.Acks.Count == 4);
        await f.DrainEventsAsync();

        var commandAcks = f.Server.Acks.Where(a => a.EnvelopeId == command.EnvelopeId).ToList();
        Assert.Equal(2, commandAcks.Count);
        Assert.Equal(commandAcks[0].Payload?.ToJsonString(), commandAcks[1].Payload?.ToJsonString());
        Assert.Equal(["command:once", "EvOnce:message", "EvSentinel:message"], f.Probe.Calls);
    }

    [Theory]
    [InlineData("refresh_requested")]
    [InlineData("warning")]
    public async Task Disconnect_ReplacementConnectedBeforeTheOldOneCloses(string reason)
    {
        await using var f = await SocketModeClientFixture.StartAsync();
        var old = f.Server.Connections[0].Id;

        await f.Server.DisconnectAsync(old, reason, TimeSpan.FromSeconds(30), Ct);
        await f.Server.WaitForCloseAsync(old, Wait, Ct);
        await f.Server.WaitForConnectionsAsync(2, Wait, Ct);

        var closed = f.Server.Connections.Single(c => c.Id == old);
        var replacement = f.Server.Connections.Single(c => c.Id == 3);
        Assert.Equal(SocketModeCloseKind.ByClient, closed.CloseKind); // the client closed it itself, without waiting for Slack
        Assert.True(replacement.OpenedSequence < closed.ClosedSequence, "the replacement must be open before the old connection closes");
        Assert.Equal("recorded after", (await f.Server.SendAndWaitForAckAsync("slash_commands",
            SocketModeClientFixture.Command("after"), true, Wait, Ct)).Payload?["text"]?.GetValue<string>());
    }

    [Fact]
    public async Task Drop_AckLostWithTheSocket_RedeliveredOnTheNewConnectionAckedAndHandledOnce()
    {
        await using var f = await SocketModeClientFixture.StartAsync(o => o.Connections = 1, waitForConnections: false);
        await f.Server.WaitForConnectionsAsync(1, Wait, Ct);
        f.Server.Freeze(1); // the server stops reading: the client's ack never arrives …
        var eventId = await f.Server.SendAsync("events_api", SocketModeClientFixture.MessageEvent("EvDropped", "hi"), false, Wait, Ct, connectionId: 1);
        await WaitUntilAsync(() => f.Probe.Calls.Contains("EvDropped:message"));

        f.Server.Drop(1); // … and the socket drops
        var ack = await f.Server.WaitForAckAsync(eventId, Wait, Ct);
        await f.DrainEventsAsync();

        Assert.Equal(SocketModeCloseKind.Dropped, f.Server.Connections[0].CloseKind);
        Assert.Equal(2, ack.ConnectionId);
        Assert.Contains(f.Server.Deliveries, d => d.EnvelopeId == eventId && d.RetryAttempt == 1 && d.ConnectionId == 2);
        Assert.Equal(1, f.Probe.Calls.Count(c => c == "EvDropped:message"));
    }

    [Fact]
    public async Task LinkDisabled_StopsForGoodWithoutReconnecting()
    {
        await using var f = await SocketModeClientFixture.StartAsync();

        await f.Server.DisconnectAsync(1, "link_disabled", cancellationToken: Ct);
        await WaitUntilAsync(() => f.Client.IsHalted && f.Server.OpenConnectionIds.Count == 0);
        await f.Client.ExecuteTask!.WaitAsync(Wait, Ct); // every slot has ended: nothing can reconnect any more

        Assert.Equal(2, f.Slack.Calls.Where("apps.connections.open").Count);
        Assert.Empty(f.Server.OpenConnectionIds);
        Assert.Equal(0, f.Client.OpenConnections);
    }

    [Fact]
    public async Task WrongAppToken_HaltsInsteadOfRetrying()
    {
        await using var f = await SocketModeClientFixture.StartAsync(o => o.AppToken = "xapp-not-the-right-one", waitForConnections: false);

        await WaitUntilAsync(() => f.Client.IsHalted);
        await f.Client.ExecuteTask!.WaitAsync(Wait, Ct); // every slot has ended: nothing can retry any more

        Assert.InRange(f.Slack.Calls.Where("apps.connections.open").Count, 1, 2);
        Assert.All(f.Slack.Calls.Where("apps.connections.open"), c => Assert.Equal("invalid_auth", c.Error));
        Assert.Empty(f.Server.Connections);
    }

    [Fact]
    public async Task UnansweredPings_ConnectionReplaced()
    {
        await using var f = await SocketModeClientFixture.StartAsync(o =>
        {
            o.Connections = 1;
            o.PingInterval = TimeSpan.FromMilliseconds(200);
            o.PingTimeout = TimeSpan.FromMilliseconds(600);
        }, waitForConnections: false);
        await f.Server.WaitForConnectionsAsync(1, Wait, Ct);

        f.Server.Freeze(1);

        await WaitUntilAsync(() => f.Server.Connections.Any(c => c.Id == 2 && c.IsOpen));
        Assert.Equal("recorded alive", (await f.Server.SendAndWaitForAckAsync("slash_commands",
            SocketModeClientFixture.Command("alive"), true, Wait, Ct)).Payload?["text"]?.GetValue<string>());
    }

    /// <summary>
    /// Moves the client's clock half a second at a time until <paramref name="condition"/> holds; returns how far it moved.
    /// What waits on that clock cannot happen before it has moved far enough, however fast or slow the machine is.
    /// </summary>
    private static async Task<TimeSpan> AdvanceUntilAsync(FakeTimeProvider time, Func<bool> condition)
    {
        var advanced = TimeSpan.Zero;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(Wait);
        while (!condition())
        {
            time.Advance(TimeSpan.FromMilliseconds(500));
            advanced += TimeSpan.FromMilliseconds(500);
            await Task.Delay(20, timeout.Token); // polling: the socket work itself is real I/O
        }
        return advanced;
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(Wait);
        while (!condition())
            await Task.Delay(20, timeout.Token);
    }
}
