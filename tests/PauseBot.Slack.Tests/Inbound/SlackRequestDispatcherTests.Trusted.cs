using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PauseBot.Slack.Inbound;
using PauseBot.Slack.Tests.TestSupport;

namespace PauseBot.Slack.Tests.Inbound;

/// <summary>The transport-neutral entry Socket Mode uses: no signature, same routing and acks as HTTP.</summary>
public sealed partial class SlackRequestDispatcherTests
{
    private static SlackTrustedPayload Trusted(SlackEndpoint endpoint, string file, string? retryNum = null) =>
        new(endpoint, Payloads.Json(file).GetProperty("payload"), retryNum);

    [Fact]
    public async Task Trusted_SocketModeCommandEnvelope_RoutedWithoutSignature()
    {
        var payload = JsonDocument.Parse("""
            {"team_id":"T1","channel_id":"C1","user_id":"U1","command":"/echo","text":"over the socket",
             "response_url":"https://hooks.slack.com/commands/T1/1/x","trigger_id":"1.2.x"}
            """).RootElement;
        var ack = await sut.DispatchTrustedAsync(new SlackTrustedPayload(SlackEndpoint.Commands, payload), Ct);
        Assert.Equal("""{"text":"echo over the socket","response_type":"in_channel"}""", ack.Body);
    }

    [Fact]
    public async Task Trusted_SocketModeEventEnvelope_StoredAndHandledOncePerEventId()
    {
        var delivery = Trusted(SlackEndpoint.Events, "socket_mode_events_api_envelope_app_mention_java_mock.json");
        Assert.Equal(SlackAck.Ok, await sut.DispatchTrustedAsync(delivery, Ct));
        Assert.Equal(SlackAck.Ok, await sut.DispatchTrustedAsync(delivery with { RetryNum = "1", RetryReason = "timeout" }, Ct));
        await Inbox.RunAllAsync();
        Assert.Equal(["Ev01ERKCFKK9:app_mention"], Probe.Calls);
    }

    [Fact]
    public async Task Trusted_SocketModeInteractiveEnvelope_BlockActionHandled()
    {
        var ack = await sut.DispatchTrustedAsync(Trusted(SlackEndpoint.Interactions, "socket_mode_interactive_envelope_block_actions_java_mock.json"), Ct);
        Assert.Equal(SlackAck.Ok, ack);
        await Inbox.RunAllAsync();
        Assert.Contains("action:a:underlying", Probe.Calls);
    }

    [Fact]
    public async Task Trusted_PayloadNotAnObject_400()
    {
        var ack = await sut.DispatchTrustedAsync(new SlackTrustedPayload(SlackEndpoint.Commands, JsonDocument.Parse("[1]").RootElement), Ct);
        Assert.Equal(400, ack.StatusCode);
    }

    [Fact]
    public async Task Trusted_CommandMissingField_400WithReason()
    {
        var payload = JsonDocument.Parse("""{"team_id":"T1","command":"/echo"}""").RootElement;
        var ack = await sut.DispatchTrustedAsync(new SlackTrustedPayload(SlackEndpoint.Commands, payload), Ct);
        Assert.Equal((400, "missing field channel_id"), (ack.StatusCode, ack.Body));
    }
}
