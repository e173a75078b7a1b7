using System.Text;
using PauseBot.Slack.SocketMode;
using PauseBot.Slack.Tests.TestSupport;

namespace PauseBot.Slack.Tests.SocketMode;

public sealed class SocketFrameTests
{
    [Fact]
    public void Parse_Hello_ConnectionsAndLifetime()
    {
        var frame = Assert.IsType<HelloFrame>(SocketFrame.Parse(Payloads.Bytes("socket_mode_hello_java_mock.json")));
        Assert.Equal((1, 18060), (frame.NumConnections, frame.ApproximateConnectionTime));
    }

    [Fact]
    public void Parse_Disconnect_Reason()
    {
        var frame = Assert.IsType<DisconnectFrame>(SocketFrame.Parse(Payloads.Bytes("socket_mode_disconnect_refresh_requested_docs.json")));
        Assert.Equal("refresh_requested", frame.Reason);
        Assert.False(frame.IsFinal);
        Assert.True(new DisconnectFrame("link_disabled").IsFinal);
    }

    [Theory]
    [InlineData("socket_mode_events_api_envelope_app_mention_java_mock.json", "events_api", false, 0)]
    [InlineData("socket_mode_slash_commands_envelope_java_mock.json", "slash_commands", true, null)]
    [InlineData("socket_mode_interactive_envelope_block_actions_java_mock.json", "interactive", false, null)]
    public void Parse_Envelope_IdTypePayloadAndRetry(string file, string type, bool acceptsResponse, int? retryAttempt)
    {
        var frame = Assert.IsType<EnvelopeFrame>(SocketFrame.Parse(Payloads.Bytes(file)));
        Assert.Equal(("xxx-11-222-yyy-zzz", type, acceptsResponse, retryAttempt),
            (frame.EnvelopeId, frame.Type, frame.AcceptsResponsePayload, frame.RetryAttempt));
        Assert.Equal(System.Text.Json.JsonValueKind.Object, frame.Payload.ValueKind);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("""{"type":"something_new"}""")]
    public void Parse_Unrecognised_UnknownFrame(string text) =>
        Assert.IsType<UnknownFrame>(SocketFrame.Parse(Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void Ack_WithPayload_CarriesIt() =>
        Assert.Equal("""{"envelope_id":"e1","payload":{"text":"hi"}}""",
            SocketEnvelopeHandler.Ack(new EnvelopeFrame("e1", "slash_commands", default, true, null, null), """{"text":"hi"}"""));

    [Fact]
    public void Ack_WithoutPayload_OnlyTheId() =>
        Assert.Equal("""{"envelope_id":"e1"}""", SocketEnvelopeHandler.Ack(new EnvelopeFrame("e1", "events_api", default, false, 0, ""), null));
}
