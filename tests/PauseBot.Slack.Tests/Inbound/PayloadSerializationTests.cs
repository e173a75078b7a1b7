using System.Text.Json;
using System.Text.Json.Nodes;
using PauseBot.Slack.Handlers;
using PauseBot.Slack.Inbound;
using PauseBot.Slack.Tests.TestSupport;

namespace PauseBot.Slack.Tests.Inbound;

/// <summary>The wire contract, pinned on Slack's own samples: everything parses, and a round trip loses nothing.</summary>
public sealed class PayloadSerializationTests
{
    public static TheoryData<string> EventFiles => [.. Payloads.Names("events_").Where(n => n != "events_url_verification.json")];

    [Theory]
    [MemberData(nameof(EventFiles))]
    public void EventCallback_SamplePayload_ParsesAndRoundTrips(string file)
    {
        var envelope = SlackPayloadParser.Deserialize<EventCallback>(Payloads.Json(file));
        Assert.StartsWith("Ev", envelope.EventId, StringComparison.Ordinal);
        Assert.IsNotType<UnknownEvent>(envelope.Event);
        AssertRoundTrip(Payloads.Json(file), envelope);
    }

    [Fact]
    public void EventCallback_AppMention_MapsFields()
    {
        var envelope = SlackPayloadParser.Deserialize<EventCallback>(Payloads.Json("events_app_mention_bolt_python.json"));
        var mention = Assert.IsType<AppMention>(envelope.Event);
        Assert.Equal(("W222", "C111", "1595926230.009600", "<@W111> Hi there!"), (mention.User, mention.Channel, mention.Ts, mention.Text));
        Assert.Equal(1595926230, envelope.EventTime);
        Assert.True(envelope.ExtensionData!.ContainsKey("authed_users"));
        Assert.True(mention.ExtensionData!.ContainsKey("client_msg_id"));
    }

    [Fact]
    public void EventCallback_OtherEvents_MapTypedFields()
    {
        var im = Assert.IsType<MessageEvent>(Parse("events_message_im_docs.json").Event);
        Assert.Equal(("im", "D024BE91L"), (im.ChannelType, im.Channel));
        var bot = Assert.IsType<MessageEvent>(Parse("events_message_bot_message_other_app_bolt_python.json").Event);
        Assert.Equal("B999", bot.BotId);
        var home = Assert.IsType<AppHomeOpened>(Parse("events_app_home_opened_docs.json").Event);
        Assert.Equal(("U123ABC456", "home"), (home.User, home.Tab));
        var joined = Assert.IsType<MemberJoinedChannel>(Parse("events_member_joined_channel_docs.json").Event);
        Assert.Equal(("W123ABC456", "C123ABC456", "U123456789"), (joined.User, joined.Channel, joined.Inviter));
    }

    [Fact]
    public void EventCallback_UnknownEventType_ParsesAsUnknownEventKeepingFields()
    {
        var json = JsonNode.Parse(Payloads.Text("events_app_mention_bolt_python.json"))!;
        json["event"]!["type"] = "reaction_added";
        var envelope = SlackPayloadParser.Deserialize<EventCallback>(JsonSerializer.SerializeToElement(json));
        var unknown = Assert.IsType<UnknownEvent>(envelope.Event);
        Assert.Equal("reaction_added", unknown.Type);
        AssertRoundTrip(JsonSerializer.SerializeToElement(json), envelope);
    }

    [Fact]
    public void SocketModeEnvelope_EventsPayload_Parses()
    {
        var payload = Payloads.Json("socket_mode_events_api_envelope_app_mention_java_mock.json").GetProperty("payload");
        Assert.IsType<AppMention>(SlackPayloadParser.Deserialize<EventCallback>(payload).Event);
    }

    [Fact]
    public void UrlVerification_Sample_Parses() =>
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
            SlackPayloadParser.Deserialize<UrlVerification>(Payloads.Json("events_url_verification.json")).Challenge);

    [Theory]
    [InlineData("interactive_block_actions_bolt_python.json", null)]
    [InlineData("socket_mode_interactive_envelope_block_actions_java_mock.json", "payload")]
    public void BlockActions_Samples_ParseAndRoundTrip(string file, string? property)
    {
        var json = property is null ? Payloads.Json(file) : Payloads.Json(file).GetProperty(property);
        var payload = SlackPayloadParser.Deserialize<BlockActionsPayload>(json);
        var action = Assert.Single(payload.Actions);
        Assert.Equal(("a", "b", "button"), (action.ActionId, action.BlockId, action.Type));
        Assert.NotNull(payload.ResponseUrl);
        Assert.Equal("C111", payload.Channel!.Id);
        AssertRoundTrip(json, payload);
    }

    [Fact]
    public void BlockActions_MessageTs_FromMessageOrContainer()
    {
        Assert.Equal("1605853634.000400", SlackPayloadParser.Deserialize<BlockActionsPayload>(
            Payloads.Json("socket_mode_interactive_envelope_block_actions_java_mock.json").GetProperty("payload")).MessageTs);
        Assert.Equal("111.222", SlackPayloadParser.Deserialize<BlockActionsPayload>(Payloads.Json("interactive_block_actions_bolt_python.json")).MessageTs);
    }

    [Fact]
    public void ViewSubmission_Sample_ParsesStateValues()
    {
        var json = Payloads.Json("interactive_view_submission_bolt_python.json");
        var payload = SlackPayloadParser.Deserialize<ViewSubmissionPayload>(json);
        Assert.Equal(("V111", "view-id", "This is for you!", "1596530361.3wRYuk3R"),
            (payload.View.Id, payload.View.CallbackId, payload.View.PrivateMetadata, payload.View.Hash));
        Assert.Equal("test", payload.View.State!.Get("hspI", "maBWU")!.Value);
        Assert.Null(payload.View.State.Get("nope", "maBWU"));
        AssertRoundTrip(json, payload);
    }

    [Fact]
    public void SlashCommand_SocketModePayload_Parses()
    {
        var command = SlackPayloadParser.SlashCommandFromJson(Payloads.Json("socket_mode_slash_commands_envelope_java_mock.json").GetProperty("payload"));
        Assert.Equal(("/hi-socket-mode", "", "U111", "T111"), (command.Command, command.Text, command.UserId, command.TeamId));
    }

    [Fact]
    public void SlackResponse_Serialise_SnakeCaseNullsOmittedResponseTypeAlways()
    {
        Assert.Equal("""{"text":"hi","response_type":"ephemeral"}""", JsonSerializer.Serialize(SlackResponse.Ephemeral("hi"), SlackJson.Options));
        Assert.Equal("""{"text":"x","response_type":"in_channel","replace_original":true}""",
            JsonSerializer.Serialize(SlackResponse.InChannel("x") with { ReplaceOriginal = true }, SlackJson.Options));
    }

    [Fact]
    public void ViewSubmissionResponse_Errors_SerialisesResponseAction() =>
        Assert.Equal("""{"response_action":"errors","errors":{"block_1":"Too long"}}""",
            JsonSerializer.Serialize(ViewSubmissionResponse.Errors(new() { ["block_1"] = "Too long" }), SlackJson.Options));

    private static EventCallback Parse(string file) => SlackPayloadParser.Deserialize<EventCallback>(Payloads.Json(file));

    /// <summary>Serialising the model gives back the original JSON, except for explicit nulls (omitted on write).</summary>
    internal static void AssertRoundTrip<T>(JsonElement original, T model)
    {
        var expected = WithoutNulls(JsonNode.Parse(original.GetRawText()));
        var actual = JsonNode.Parse(JsonSerializer.Serialize(model, SlackJson.Options));
        Assert.True(JsonNode.DeepEquals(expected, actual), $"round trip differs:\n{expected}\n---\n{actual}");
    }

    private static JsonNode? WithoutNulls(JsonNode? node)
    {
        if (node is JsonObject obj)
            foreach (var (key, value) in obj.ToList())
                if (value is null) obj.Remove(key);
                else WithoutNulls(value);
        if (node is JsonArray array)
            foreach (var item in array) WithoutNulls(item);
        return node;
    }
}
