using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using PauseBot.Slack.Handlers;
using PauseBot.Slack.Inbound;
using PauseBot.Slack.Tests.TestSupport;
using PauseBot.Slack.WebApi;
using static PauseBot.Slack.Tests.TestSupport.SignedRequests;

namespace PauseBot.Slack.Tests.Inbound;

public sealed partial class SlackRequestDispatcherTests
{
    [Fact]
    public async Task Events_StaleTimestamp_401()
    {
        var request = Create(SlackEndpoint.Events, Json, Payloads.Bytes("events_url_verification.json"), time);
        time.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(SlackAck.Unauthorized, await sut.DispatchAsync(request, Ct));
    }

    [Fact]
    public async Task Events_UrlVerification_EchoesChallengeAsText()
    {
        var ack = await sut.DispatchAsync(Create(SlackEndpoint.Events, Json, Payloads.Bytes("events_url_verification.json"), time), Ct);
        Assert.Equal((200, SlackAck.TextContentType, "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"), (ack.StatusCode, ack.ContentType, ack.Body));
    }

    [Fact]
    public async Task Events_InvalidUtf8_400NoRetry()
    {
        var ack = await sut.DispatchAsync(Create(SlackEndpoint.Events, Json, [0x7B, 0x22, 0xFF, 0x22, 0x7D], time), Ct);
        Assert.Equal((400, "1"), (ack.StatusCode, ack.Headers["X-Slack-No-Retry"]));
    }

    [Fact]
    public async Task Events_RetriedDelivery_HandledOnce()
    {
        await StartProcessorAsync();
        var body = Payloads.EventWith("events_message_im_docs.json", "EvDup");
        Assert.Equal(SlackAck.Ok, await sut.DispatchAsync(Create(SlackEndpoint.Events, Json, body, time), Ct));
        Assert.Equal(SlackAck.Ok, await sut.DispatchAsync(Create(SlackEndpoint.Events, Json, body, time, retryNum: "1"), Ct));
        Assert.Equal(SlackAck.Ok, await sut.DispatchAsync(Create(SlackEndpoint.Events, Json, body, time, retryNum: "2"), Ct));
        await SendSentinelAsync();
        Assert.Equal(["EvDup:message", "EvSentinel:message"], Probe.Calls);
    }

    [Fact]
    public async Task Events_BotAndOwnMessages_Ignored()
    {
        await StartProcessorAsync();
        await SendEventAsync(Payloads.EventWith("events_message_bot_message_other_app_bolt_python.json", "EvOtherBot"));
        await SendEventAsync(Payloads.EventWith("events_message_im_docs.json", "EvMine", e => e["user"] = "UBOT"));
        await SendEventAsync(Payloads.EventWith("events_message_im_docs.json", "EvEdit", e => e["subtype"] = "message_changed"));
        await SendEventAsync(Payloads.EventWith("events_app_mention_bolt_python.json", "EvMention"));
        await SendSentinelAsync();
        Assert.Equal(["EvMention:app_mention", "EvSentinel:message"], Probe.Calls);
    }

    [Fact]
    public async Task Events_NoHandlerForType_200NotQueued()
    {
        var ack = await sut.DispatchAsync(Create(SlackEndpoint.Events, Json, Payloads.Bytes("events_member_joined_channel_docs.json"), time), Ct);
        Assert.Equal(SlackAck.Ok, ack);
        Assert.False(services.GetRequiredService<SlackEventQueue>().Reader.TryRead(out _));
    }

    private async Task StartProcessorAsync() => await services.GetRequiredService<SlackEventProcessor>().StartAsync(Ct);

    private async Task SendEventAsync(byte[] body) =>
        Assert.Equal(SlackAck.Ok, await sut.DispatchAsync(Create(SlackEndpoint.Events, Json, body, time), Ct));
}
