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
    public static TheoryData<SlackEndpoint, string, string> Malformed => new()
    {
        { SlackEndpoint.Events, Json, "{not json" },
        { SlackEndpoint.Events, Json, "[1,2]" },
        { SlackEndpoint.Events, Json, """{"token":"x"}""" },
        { SlackEndpoint.Events, Json, """{"type":"event_callback","event":{"type":"message"}}""" },
        { SlackEndpoint.Events, Json, """{"type":"event_callback","event_id":42,"event":{"type":"app_home_opened","user":"U1"}}""" },
        { SlackEndpoint.Events, Json, """{"type":"url_verification"}""" },
        { SlackEndpoint.Events, "text/plain", """{"type":"url_verification","challenge":"c"}""" },
        { SlackEndpoint.Commands, Form, "command=%2Fecho&user_id=U1" },
        { SlackEndpoint.Commands, Json, "{}" },
        { SlackEndpoint.Commands, Form, "command=%ZZ" },
        { SlackEndpoint.Interactions, Form, "nopayload=1" },
        { SlackEndpoint.Interactions, Form, "payload=%7Bbad" },
        { SlackEndpoint.Interactions, Form, "payload=" + Uri.EscapeDataString("""{"type":"block_actions","actions":[]}""") },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task SignedMalformedBody_400WithReason(SlackEndpoint endpoint, string contentType, string body)
    {
        var ack = await sut.DispatchAsync(Create(endpoint, contentType, Encoding.UTF8.GetBytes(body), time), Ct);
        Assert.Equal(400, ack.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(ack.Body));
        Assert.DoesNotContain(body, ack.Body!, StringComparison.Ordinal);
    }
}
