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
    public async Task Interactions_BlockAction_EmptyAckThenResponseUrl()
    {
        var ack = await sut.DispatchAsync(Create(SlackEndpoint.Interactions, Form,
            Payloads.Bytes("interactive_block_actions_raw_form_body_bolt_python.txt"), time), Ct);
        Assert.Equal(SlackAck.Ok, ack);
        await services.GetRequiredService<SlackBackgroundWork>().WhenIdleAsync();
        Assert.Equal(["action:a:click_me_123"], Probe.Calls);
        await responseUrl.Received(1).PostAsync("https://hooks.slack.com/actions/T111/111/random-value",
            Arg.Is<SlackResponse>(r => r.ReplaceOriginal == true), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Interactions_ViewSubmission_ValidClosesInvalidShowsErrors()
    {
        Assert.Equal(SlackAck.Ok, await sut.DispatchAsync(Interaction(Payloads.Text("interactive_view_submission_bolt_python.json"), time), Ct));
        var bad = JsonNode.Parse(Payloads.Text("interactive_view_submission_bolt_python.json"))!;
        bad["view"]!["state"]!["values"]!["hspI"]!["maBWU"]!["value"] = "bad";
        var ack = await sut.DispatchAsync(Interaction(bad.ToJsonString(), time), Ct);
        Assert.Equal("""{"response_action":"errors","errors":{"hspI":"Not that"}}""", ack.Body);
    }

    [Fact]
    public async Task Interactions_ViewSubmissionHandlerThrows_ErrorOnFirstInputBlock()
    {
        var payload = JsonNode.Parse(Payloads.Text("interactive_view_submission_bolt_python.json"))!;
        payload["view"]!["callback_id"] = "throwing";
        var ack = await sut.DispatchAsync(Interaction(payload.ToJsonString(), time), Ct);
        Assert.Equal(200, ack.StatusCode);
        Assert.Contains("\"hspI\":\"Sorry, something went wrong", ack.Body, StringComparison.Ordinal);
    }
}
