using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Time.Testing;
using PauseBot.Slack.Emulator;
using PauseBot.Testing;

namespace PauseBot.Slack.Emulator.Tests;

public sealed class SlackTestClientTests
{
    private const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    private static readonly FakeTimeProvider Clock = new(DateTimeOffset.FromUnixTimeSeconds(1_772_355_600));

    private static (SlackTestClient Client, CapturingHandler Bot, HttpClient Http) Create(SlackEmulator? emu = null)
    {
        var bot = new CapturingHandler();
        var http = new HttpClient(bot) { BaseAddress = new Uri("http://bot.test/") };
        return (new SlackTestClient(http, Secret, Clock) { Emulator = emu }, bot, http);
    }

    private static void AssertSignedOverRawBytes(CapturingHandler bot)
    {
        foreach (var (request, body) in bot.Requests)
        {
            var ts = CapturingHandler.Header(request, "X-Slack-Request-Timestamp");
            Assert.Equal("1772355600", ts);
            Assert.True(SlackSigner.Verify(Secret, ts, body, CapturingHandler.Header(request, "X-Slack-Signature")));
        }
    }

    [Fact]
    public async Task Command_IsFormEncodedInSlackFieldOrder_AndSigned()
    {
        await using var emu = await Api.StartAsync();
        var (client, bot, http) = Create(emu);
        using var _ = http;
        await client.SendCommandAsync("/pause", "chordus 2h \"scope review\" & more", DefaultSeed.Lead, DefaultSeed.Chordus, ct: Api.Ct);
        var (request, raw) = bot.Requests.Single();
        var body = Encoding.UTF8.GetString(raw);
        Assert.Equal("/slack/commands", request.RequestUri!.AbsolutePath);
        Assert.Equal("application/x-www-form-urlencoded", request.Content!.Headers.ContentType!.MediaType);
        var names = body.Split('&').Select(p => p[..p.IndexOf('=', StringComparison.Ordinal)]);
        Assert.Equal(["token", "team_id", "team_domain", "channel_id", "channel_name", "user_id", "user_name", "command", "text",
            "api_app_id", "is_enterprise_install", "response_url", "trigger_id"], names);
        Assert.Contains("command=%2Fpause&text=chordus+2h+%22scope+review%22+%26+more&", body, StringComparison.Ordinal);
        var form = QueryHelpers.ParseQuery(body);
        Assert.Equal(("chordus", "lena"), (form["channel_name"].ToString(), form["user_name"].ToString()));
        Assert.StartsWith(emu.BaseUrl.ToString(), form["response_url"].ToString(), StringComparison.Ordinal);
        Assert.Equal(client.LastTriggerId, form["trigger_id"].ToString());
        AssertSignedOverRawBytes(bot);
    }

    [Fact]
    public async Task Event_IsWrappedLikeSlack_WithRetryHeaders()
    {
        var (client, bot, http) = Create();
        using var _ = http;
        await client.SendEventAsync(Events.Message(DefaultSeed.Alice, "D0ALICE", "can I log hours?"), ct: Api.Ct);
        await client.SendEventAsync(Events.AppMention(DefaultSeed.Bob, DefaultSeed.Chordus, "<@U0BOT> status?"), eventId: "Ev0FIXED", retryNum: 1, retryReason: "http_timeout", ct: Api.Ct);
        var sample = Payloads.Object("events_message_channels_user_with_authorizations_bolt_python.json");
        var first = JsonNode.Parse(bot.Requests[0].Body)!.AsObject();
        foreach (var (key, _) in sample.Where(kv => kv.Key != "enterprise_id")) Assert.True(first.ContainsKey(key), key);
        foreach (var (key, _) in sample["event"]!.AsObject()) Assert.True(first["event"]!.AsObject().ContainsKey(key), key);
        Assert.StartsWith("Ev", first["event_id"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(1_772_355_600, first["event_time"]!.GetValue<long>());
        Assert.False(bot.Requests[0].Request.Headers.Contains("X-Slack-Retry-Num"));

        var second = bot.Requests[1];
        Assert.Equal("Ev0FIXED", JsonNode.Parse(second.Body)!["event_id"]!.GetValue<string>());
        Assert.Equal("1", CapturingHandler.Header(second.Request, "X-Slack-Retry-Num"));
        Assert.Equal("http_timeout", CapturingHandler.Header(second.Request, "X-Slack-Retry-Reason"));
        Assert.NotEqual(client.EventEnvelope(Events.AppHomeOpened(DefaultSeed.Alice))["event_id"]!.GetValue<string>(),
            client.EventEnvelope(Events.AppHomeOpened(DefaultSeed.Alice))["event_id"]!.GetValue<string>());
        AssertSignedOverRawBytes(bot);
    }

    [Fact]
    public async Task Interaction_IsPayloadFormField_AndBuildersMatchSamples()
    {
        var (client, bot, http) = Create();
        using var _ = http;
        var action = SlackTestClient.BlockActionPayload(DefaultSeed.Alice, "ack", "chordus", DefaultSeed.Chordus, "1.000100", "https://x/y", "1.2.3");
        foreach (var (key, _) in Payloads.Object("interactive_block_actions_bolt_python.json")) Assert.True(action.ContainsKey(key), key);
        var submit = SlackTestClient.ViewSubmissionPayload(DefaultSeed.Lead, "pause", "{\"p\":\"chordus\"}",
            new Dictionary<string, Dictionary<string, string>> { ["reason"] = new() { ["reason_input"] = "breach" } });
        var sample = Payloads.Object("interactive_view_submission_bolt_python.json");
        foreach (var (key, _) in sample["view"]!.AsObject()) Assert.True(submit["view"]!.AsObject().ContainsKey(key), key);
        Assert.Equal("breach", submit["view"]!["state"]!["values"]!["reason"]!["reason_input"]!["value"]!.GetValue<string>());

        await client.SendInteractionAsync(action, Api.Ct);
        var body = Encoding.UTF8.GetString(bot.Requests.Single().Body);
        Assert.StartsWith("payload=", body, StringComparison.Ordinal);
        var decoded = JsonNode.Parse(QueryHelpers.ParseQuery(body)["payload"].ToString())!;
        Assert.Equal("ack", decoded["actions"]![0]!["action_id"]!.GetValue<string>());
        AssertSignedOverRawBytes(bot);
    }

    [Fact]
    public async Task Raw_AllowsHostileOverrides()
    {
        var (client, bot, http) = Create();
        using var _ = http;
        await client.SendRawAsync("/slack/events", "application/json", "{}"u8.ToArray(), sign: false, ct: Api.Ct);
        await client.SendRawAsync("/slack/events", "application/json", "{}"u8.ToArray(), timestampOverride: "1000", ct: Api.Ct);
        await client.SendRawAsync("/slack/events", "application/json", "{}"u8.ToArray(), signatureOverride: "v0=bad", ct: Api.Ct);
        Assert.False(bot.Requests[0].Request.Headers.Contains("X-Slack-Signature"));
        var stale = bot.Requests[1].Request;
        Assert.Equal("1000", CapturingHandler.Header(stale, "X-Slack-Request-Timestamp"));
        Assert.True(SlackSigner.Verify(Secret, "1000", "{}"u8, CapturingHandler.Header(stale, "X-Slack-Signature")));
        Assert.Equal("v0=bad", CapturingHandler.Header(bot.Requests[2].Request, "X-Slack-Signature"));
    }

    [Fact]
    public void EventBuilders_HaveTheSampleFields()
    {
        foreach (var (file, built) in new (string, JsonObject)[]
        {
            ("events_message_im_docs.json", Events.Message(DefaultSeed.Alice, "D0ALICE", "hi")),
            ("events_app_mention_bolt_python.json", Events.AppMention(DefaultSeed.Alice, DefaultSeed.Chordus, "<@U0BOT> hi")),
            ("events_member_joined_channel_docs.json", Events.MemberJoined(DefaultSeed.Alice, DefaultSeed.Chordus)),
        })
        {
            foreach (var (key, _) in Payloads.Object(file)["event"]!.AsObject().Where(kv => kv.Key != "enterprise"))
                Assert.True(built.ContainsKey(key), $"{file}: {key}");
        }

        var home = Events.AppHomeOpened(DefaultSeed.Alice);
        Assert.Equal(new EmulatorState().Workspace.OpenDm(DefaultSeed.Alice)!.Id, home["channel"]!.GetValue<string>());
        Assert.Equal(("app_home_opened", "D0ALICE", "home"), (home["type"]!.GetValue<string>(), home["channel"]!.GetValue<string>(), home["tab"]!.GetValue<string>()));
    }
}
