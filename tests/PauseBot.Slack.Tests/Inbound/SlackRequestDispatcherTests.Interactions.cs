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
    public async Task Interactions_BlockAction_StoredAckedThenHandledAnswerToResponseUrl()
    {
        var ack = await sut.DispatchAsync(Create(SlackEndpoint.Interactions, Form,
            Payloads.Bytes("interactive_block_actions_raw_form_body_bolt_python.txt"), time), Ct);
        Assert.Equal(SlackAck.Ok, ack);
        var row = Assert.Single(Inbox.Rows);
        Assert.Equal((InboundKind.BlockAction, "a"), (row.Stored.Delivery.Kind, row.Stored.Delivery.Label));
        Assert.Empty(Probe.Calls);

        await Inbox.RunAllAsync();
        Assert.Equal(["action:a:click_me_123"], Probe.Calls);
        await responseUrl.Received(1).PostAsync("https://hooks.slack.com/actions/T111/111/random-value",
            Arg.Is<SlackResponse>(r => r.ReplaceOriginal == true), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Interactions_BlockActionSentTwice_StoredOnce()
    {
        var body = Payloads.Bytes("interactive_block_actions_raw_form_body_bolt_python.txt");
        Assert.Equal(SlackAck.Ok, await sut.DispatchAsync(Create(SlackEndpoint.Interactions, Form, body, time), Ct));
        Assert.Equal(SlackAck.Ok, await sut.DispatchAsync(Create(SlackEndpoint.Interactions, Form, body, time), Ct));
        await Inbox.RunAllAsync();
        Assert.Equal(["action:a:click_me_123"], Probe.Calls);
    }

    [Fact]
    public async Task Interactions_BlockActionInboxCannotStore_503()
    {
        Inbox.Unavailable = true;
        var ack = await sut.DispatchAsync(Create(SlackEndpoint.Interactions, Form,
            Payloads.Bytes("interactive_block_actions_raw_form_body_bolt_python.txt"), time), Ct);
        Assert.Equal(503, ack.StatusCode);
    }

    [Fact]
    public async Task Interactions_ViewSubmission_ValidClosesAndStaysHandledInvalidShowsErrorsAndIsForgotten()
    {
        Assert.Equal(SlackAck.Ok, await sut.DispatchAsync(Interaction(Payloads.Text("interactive_view_submission_bolt_python.json"), time), Ct));
        var done = Assert.Single(Inbox.Rows);
        Assert.Equal((InboundKind.ViewSubmission, "done"), (done.Stored.Delivery.Kind, done.State));
        // The same modal again (a redelivery, or a second click on Submit): acked, not handled twice.
        Assert.Equal(SlackAck.Ok, await sut.DispatchAsync(Interaction(Payloads.Text("interactive_view_submission_bolt_python.json"), time), Ct));
        Assert.Single(Inbox.Rows);

        var bad = JsonNode.Parse(Payloads.Text("interactive_view_submission_bolt_python.json"))!;
        bad["view"]!["id"] = "V_OTHER";
        bad["view"]!["state"]!["values"]!["hspI"]!["maBWU"]!["value"] = "bad";
        var ack = await sut.DispatchAsync(Interaction(bad.ToJsonString(), time), Ct);
        Assert.Equal("""{"response_action":"errors","errors":{"hspI":"Not that"}}""", ack.Body);
        Assert.Equal(["view:V_OTHER"], Inbox.Forgotten); // the modal stays open and may be submitted again
        Assert.Equal(["done"], Inbox.Rows.Select(r => r.State));
    }

    [Fact]
    public async Task Interactions_ViewSubmissionHandlerThrows_ErrorOnFirstInputBlockAndForgotten()
    {
        var payload = JsonNode.Parse(Payloads.Text("interactive_view_submission_bolt_python.json"))!;
        payload["view"]!["callback_id"] = "throwing";
        var ack = await sut.DispatchAsync(Interaction(payload.ToJsonString(), time), Ct);
        Assert.Equal(200, ack.StatusCode);
        Assert.Contains("\"hspI\":\"Sorry, something went wrong", ack.Body, StringComparison.Ordinal);
        Assert.Empty(Inbox.Rows);
    }

    [Fact]
    public async Task Interactions_ViewSubmissionInboxCannotStore_ErrorInModal()
    {
        Inbox.Unavailable = true;
        var ack = await sut.DispatchAsync(Interaction(Payloads.Text("interactive_view_submission_bolt_python.json"), time), Ct);
        Assert.Contains("Sorry, something went wrong", ack.Body, StringComparison.Ordinal);
    }
}
