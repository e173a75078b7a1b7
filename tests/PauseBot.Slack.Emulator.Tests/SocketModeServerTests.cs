using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using PauseBot.Slack.Emulator;
using PauseBot.Testing;
using static PauseBot.Slack.Emulator.Tests.Api;

namespace PauseBot.Slack.Emulator.Tests;

/// <summary>The emulator's Socket Mode server driven by a plain <see cref="ClientWebSocket"/>.</summary>
public sealed class SocketModeServerTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30); // a bound on waiting for a signal, generous for a loaded machine

    private static async Task<Uri> OpenUrlAsync(SlackEmulator emu)
    {
        using var app = emu.CreateClient(withBotToken: false);
        app.DefaultRequestHeaders.Authorization = new("Bearer", emu.AppToken);
        return new Uri((await PostFormAsync(app, "apps.connections.open")).Str("url")!);
    }

    private static async Task<ClientWebSocket> ConnectAsync(SlackEmulator emu)
    {
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(await OpenUrlAsync(emu), Ct);
        return socket;
    }

    private static async Task<JsonObject> ReceiveAsync(ClientWebSocket socket)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, Ct);
            message.Write(buffer, 0, result.Count);
        } while (!result.EndOfMessage);
        return JsonNode.Parse(message.ToArray())!.AsObject();
    }

    private static Task SendAsync(ClientWebSocket socket, string json) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, Ct);

    [Fact]
    public async Task Connect_RealLoopbackUrl_HelloShapedLikeSlacks()
    {
        await using var emu = await StartAsync();
        var url = await OpenUrlAsync(emu);
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(url, Ct);

        var hello = await ReceiveAsync(socket);

        Assert.Equal(("ws", "127.0.0.1", emu.BaseUrl.Port), (url.Scheme, url.Host, url.Port));
        Assert.Equal("hello", hello["type"]!.GetValue<string>());
        Assert.Equal(1, hello["num_connections"]!.GetValue<int>());
        Assert.Equal("A0PAUSEBOT", hello["connection_info"]!["app_id"]!.GetValue<string>());
        Assert.Equal(18060, hello["debug_info"]!["approximate_connection_time"]!.GetValue<int>());
    }

    [Fact]
    public async Task Ticket_SingleUse()
    {
        await using var emu = await StartAsync();
        var url = await OpenUrlAsync(emu);
        using (var first = new ClientWebSocket()) await first.ConnectAsync(url, Ct);

        using var second = new ClientWebSocket();
        await Assert.ThrowsAsync<WebSocketException>(() => second.ConnectAsync(url, Ct));
    }

    [Fact]
    public async Task Envelope_SlashCommand_ShapeAndAckWithPayloadRecorded()
    {
        await using var emu = await StartAsync();
        using var socket = await ConnectAsync(emu);
        await ReceiveAsync(socket); // hello
        var expected = Payloads.Json("socket_mode_slash_commands_envelope_java_mock.json")["payload"]!.AsObject();

        var id = await emu.SocketMode.SendAsync("slash_commands", expected, acceptsResponsePayload: true, Wait, Ct);
        var envelope = await ReceiveAsync(socket);
        await SendAsync(socket, new JsonObject { ["envelope_id"] = id, ["payload"] = new JsonObject { ["text"] = "done" } }.ToJsonString());
        var ack = await emu.SocketMode.WaitForAckAsync(id, Wait, Ct);

        Assert.Equal((id, "slash_commands", true), (envelope["envelope_id"]!.GetValue<string>(), envelope["type"]!.GetValue<string>(),
            envelope["accepts_response_payload"]!.GetValue<bool>()));
        Assert.True(JsonNode.DeepEquals(expected, envelope["payload"]));
        Assert.Null(envelope["retry_attempt"]);
        Assert.Equal("done", ack.Payload!["text"]!.GetValue<string>());
        Assert.Empty(emu.SocketMode.Unacked);
    }

    [Fact]
    public async Task Close_UnackedEventRedeliveredWithRetryAttempt_UnackedCommandRecordedLost()
    {
        await using var emu = await StartAsync();
        using var first = await ConnectAsync(emu);
        await ReceiveAsync(first);
        var eventId = await emu.SocketMode.SendAsync("events_api", Payloads.Json("socket_mode_events_api_envelope_app_mention_java_mock.json")["payload"]!.AsObject(), false, Wait, Ct);
        var commandId = await emu.SocketMode.SendAsync("slash_commands", new JsonObject { ["command"] = "/x" }, true, Wait, Ct);
        Assert.Equal(0, (await ReceiveAsync(first))["retry_attempt"]!.GetValue<int>());

        first.Abort();
        await emu.SocketMode.WaitForCloseAsync(1, Wait, Ct);
        using var second = await ConnectAsync(emu);
        await ReceiveAsync(second); // hello
        var retried = await ReceiveAsync(second);

        Assert.Equal(eventId, retried["envelope_id"]!.GetValue<string>());
        Assert.Equal((1, "connection_closed"), (retried["retry_attempt"]!.GetValue<int>(), retried["retry_reason"]!.GetValue<string>()));
        Assert.Equal([commandId], emu.SocketMode.LostAtClose);
        Assert.Equal(SocketModeCloseKind.Dropped, emu.SocketMode.Connections[0].CloseKind);
    }

    [Fact]
    public async Task Disconnect_MessageThenServerCloses()
    {
        await using var emu = await StartAsync();
        using var socket = await ConnectAsync(emu);
        await ReceiveAsync(socket);

        await emu.SocketMode.DisconnectAsync(1, "refresh_requested", TimeSpan.FromMilliseconds(100), Ct);
        var message = await ReceiveAsync(socket);
        var close = await socket.ReceiveAsync(new byte[16], Ct);

        Assert.Equal(("disconnect", "refresh_requested"), (message["type"]!.GetValue<string>(), message["reason"]!.GetValue<string>()));
        Assert.Equal(WebSocketMessageType.Close, close.MessageType);
        await emu.SocketMode.WaitForCloseAsync(1, Wait, Ct);
        Assert.Equal(SocketModeCloseKind.ByServer, emu.SocketMode.Connections[0].CloseKind);
    }

    [Fact]
    public async Task Send_NoConnection_TimesOutClearly()
    {
        await using var emu = await StartAsync();
        var error = await Assert.ThrowsAsync<TimeoutException>(() =>
            emu.SocketMode.SendAsync("events_api", new JsonObject(), false, TimeSpan.FromMilliseconds(200), Ct));
        Assert.Contains("open Socket Mode connection", error.Message);
    }
}

/// <summary>Slack's 3 s ack budget on the emulator's clock: late acks count as lost.</summary>
public sealed class SocketModeAckDeadlineTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30); // a bound on waiting for a signal, generous for a loaded machine

    private static async Task<(SlackEmulator Emu, ClientWebSocket Socket, Microsoft.Extensions.Time.Testing.FakeTimeProvider Time)> ConnectAsync()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        var emu = await StartAsync(new SlackEmulatorOptions { Time = time });
        using var app = emu.CreateClient(withBotToken: false);
        app.DefaultRequestHeaders.Authorization = new("Bearer", emu.AppToken);
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri((await PostFormAsync(app, "apps.connections.open")).Str("url")!), Ct);
        await ReceiveAsync(socket); // hello
        return (emu, socket, time);
    }

    private static async Task<JsonObject> ReceiveAsync(ClientWebSocket socket)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, Ct);
            message.Write(buffer, 0, result.Count);
        } while (!result.EndOfMessage);
        return JsonNode.Parse(message.ToArray())!.AsObject();
    }

    private static Task AckAsync(ClientWebSocket socket, string envelopeId) =>
        socket.SendAsync(Encoding.UTF8.GetBytes($$"""{"envelope_id":"{{envelopeId}}"}"""), WebSocketMessageType.Text, true, Ct);

    [Fact]
    public async Task Event_AckedAfter3s_RedeliveredAtOnceAsARetry()
    {
        var (emu, socket, time) = await ConnectAsync();
        await using var _ = emu;
        using var __ = socket;
        var id = await emu.SocketMode.SendAsync("events_api", new JsonObject { ["type"] = "event_callback" }, false, Wait, Ct);
        Assert.Equal(0, (await ReceiveAsync(socket))["retry_attempt"]!.GetValue<int>());

        time.Advance(TimeSpan.FromSeconds(3.5));
        var retry = await ReceiveAsync(socket);
        await AckAsync(socket, id); // the first delivery's ack, late for it, in time for the retry
        var ack = await emu.SocketMode.WaitForAckAsync(id, Wait, Ct);

        Assert.Equal((id, 1, "timeout"), (retry["envelope_id"]!.GetValue<string>(), retry["retry_attempt"]!.GetValue<int>(), retry["retry_reason"]!.GetValue<string>()));
        Assert.False(ack.Late);
        Assert.Empty(emu.SocketMode.Unacked);
        Assert.Empty(emu.SocketMode.Expired);
    }

    [Fact]
    public async Task SlashCommand_AckedAfter3s_ExpiredAndTheLateAckIgnored()
    {
        var (emu, socket, time) = await ConnectAsync();
        await using var _ = emu;
        using var __ = socket;
        var id = await emu.SocketMode.SendAsync("slash_commands", new JsonObject { ["command"] = "/pause" }, true, Wait, Ct);
        await ReceiveAsync(socket);

        time.Advance(TimeSpan.FromSeconds(3.001));
        var wait = await Assert.ThrowsAsync<TimeoutException>(() => emu.SocketMode.WaitForAckAsync(id, Wait, Ct));
        await AckAsync(socket, id);
        await AssertEventuallyAsync(() => emu.SocketMode.Acks.Count == 1);

        Assert.Contains("not acked within 3 s", wait.Message, StringComparison.Ordinal);
        Assert.Equal([id], emu.SocketMode.Expired);
        Assert.True(emu.SocketMode.Acks.Single().Late);
        Assert.Single(emu.SocketMode.Deliveries); // commands are not redelivered
    }

    [Fact]
    public async Task SlashCommand_DeadlineWidened_AckAfter3sStillInTime()
    {
        var (emu, socket, time) = await ConnectAsync();
        await using var _ = emu;
        using var __ = socket;
        emu.State.Deadline = TimeSpan.FromSeconds(30);
        var id = await emu.SocketMode.SendAsync("slash_commands", new JsonObject { ["command"] = "/pause" }, true, Wait, Ct);
        await ReceiveAsync(socket);

        time.Advance(TimeSpan.FromSeconds(29));
        await AckAsync(socket, id);
        var ack = await emu.SocketMode.WaitForAckAsync(id, Wait, Ct);

        Assert.False(ack.Late);
        Assert.Empty(emu.SocketMode.Expired);
        Assert.Equal(TimeSpan.FromSeconds(30), emu.SocketMode.AckDeadline);
    }

    [Fact]
    public async Task Event_EveryAttemptLate_RetriedThreeTimesOnSlacksScheduleThenGivenUp()
    {
        var (emu, socket, time) = await ConnectAsync();
        await using var _ = emu;
        using var __ = socket;
        var id = await emu.SocketMode.SendAsync("events_api", new JsonObject { ["type"] = "event_callback" }, false, Wait, Ct);
        await ReceiveAsync(socket);

        for (var retry = 1; retry <= SocketModeServer.EventRetryDelays.Count; retry++)
        {
            var expected = retry + 1;
            time.Advance(emu.SocketMode.AckDeadline); // the deadline of the last delivery passes: the retry's delay is armed
            time.Advance(SocketModeServer.EventRetryDelays[retry - 1]);
            await ReceiveAsync(socket);
            await AssertEventuallyAsync(() => emu.SocketMode.Deliveries.Count == expected); // recorded, its deadline armed
        }
        time.Advance(emu.SocketMode.AckDeadline);

        await Assert.ThrowsAsync<TimeoutException>(() => emu.SocketMode.WaitForAckAsync(id, Wait, Ct));
        var deliveries = emu.SocketMode.Deliveries;
        Assert.Equal([0, 1, 2, 3], deliveries.Select(d => d.RetryAttempt));
        for (var i = 1; i < deliveries.Count; i++) // each retry comes only after a missed 3 s deadline and Slack's delay
            Assert.True(deliveries[i].At - deliveries[i - 1].At >= TimeSpan.FromSeconds(3) + SocketModeServer.EventRetryDelays[i - 1]);
        Assert.Equal([id], emu.SocketMode.Expired);
    }

    private static async Task AssertEventuallyAsync(Func<bool> condition)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(Wait);
        while (!condition()) await Task.Delay(10, timeout.Token);
    }
}
