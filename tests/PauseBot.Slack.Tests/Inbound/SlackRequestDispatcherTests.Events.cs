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
    public async Task Events_RetriedDelivery_StoredOnceHandledOnce()
    {
        var body = Payloads.EventWith("events_message_im_docs.json", "EvDup");
        Assert.Equal(SlackAck.Ok, await sut.DispatchAsync(Create(SlackEndpoint.Events, Json, body, time), Ct));
        Assert.Equal(SlackAck.Ok, await sut.DispatchAsync(Create(SlackEndpoint.Events, Json, body, time, retryNum: "1"), Ct));
        Assert.Equal(SlackAck.Ok, await sut.DispatchAsync(Create(SlackEndpoint.Events, Json, body, time, retryNum: "2"), Ct));
        var row = Assert.Single(Inbox.Rows);
        Assert.Equal((InboundKind.Event, "event:EvDup", "message"), (row.Stored.Delivery.Kind, row.Stored.Delivery.Key, row.Stored.Delivery.Label));
        Assert.Empty(Probe.Calls); // acked once stored: handled by a worker, not by the request

        await Inbox.RunAllAsync();
        Assert.Equal(["EvDup:message"], Probe.Calls);
        Assert.Equal("done", row.State);
    }

    [Fact]
    public async Task Events_BotAndOwnMessages_Ignored()
    {
        await SendEventAsync(Payloads.EventWith("events_message_bot_message_other_app_bolt_python.json", "EvOtherBot"));
        await SendEventAsync(Payloads.EventWith("events_message_im_docs.json", "EvMine", e => e["user"] = "UBOT"));
        await SendEventAsync(Payloads.EventWith("events_message_im_docs.json", "EvEdit", e => e["subtype"] = "message_changed"));
        await SendEventAsync(Payloads.EventWith("events_app_mention_bolt_python.json", "EvMention"));
        // Bots' messages and subtypes cost no write; the bot's own user id is known to the worker (auth.test).
        Assert.Equal(["event:EvMine", "event:EvMention"], Inbox.Rows.Select(r => r.Stored.Delivery.Key));
        await Inbox.RunAllAsync();
        Assert.Equal(["EvMention:app_mention"], Probe.Calls);
        Assert.All(Inbox.Rows, r => Assert.Equal("done", r.State));
    }

    [Fact]
    public async Task Events_NoHandlerForType_200NotStored()
    {
        var ack = await sut.DispatchAsync(Create(SlackEndpoint.Events, Json, Payloads.Bytes("events_member_joined_channel_docs.json"), time), Ct);
        Assert.Equal(SlackAck.Ok, ack);
        Assert.Empty(Inbox.Rows);
    }

    [Fact]
    public async Task Events_InboxCannotStore_503SoSlackRetries()
    {
        Inbox.Unavailable = true;
        var ack = await sut.DispatchAsync(Create(SlackEndpoint.Events, Json, Payloads.EventWith("events_message_im_docs.json", "EvDown"), time), Ct);
        Assert.Equal(503, ack.StatusCode);
        Assert.False(ack.Headers.ContainsKey("X-Slack-No-Retry"));
    }

    [Fact]
    public async Task Events_HandlerThrows_RunnerThrowsAndRowStaysPending()
    {
        Probe.FailNextEvent = true;
        await SendEventAsync(Payloads.EventWith("events_message_im_docs.json", "EvFails"));
        await Inbox.RunAllAsync();
        var row = Assert.Single(Inbox.Rows);
        Assert.Equal("pending", row.State);
        Assert.IsType<InvalidOperationException>(Assert.Single(row.Failures));
        await Inbox.RunAllAsync(); // tried again (the host's worker waits for the backoff first)
        Assert.Equal("done", row.State);
        Assert.Equal(["EvFails:message"], Probe.Calls);
    }

    private async Task SendEventAsync(byte[] body) =>
        Assert.Equal(SlackAck.Ok, await sut.DispatchAsync(Create(SlackEndpoint.Events, Json, body, time), Ct));
}
