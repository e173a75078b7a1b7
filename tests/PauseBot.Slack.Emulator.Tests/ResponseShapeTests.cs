using System.Net;
using System.Text.Json.Nodes;
using PauseBot.Slack.Emulator;
using PauseBot.Testing;
using static PauseBot.Slack.Emulator.Tests.Api;

namespace PauseBot.Slack.Emulator.Tests;

public sealed class ResponseShapeTests
{
    private static void AssertHasKeysOf(JsonObject sample, JsonObject actual, params string[] ignore)
    {
        foreach (var (key, value) in sample)
        {
            if (ignore.Contains(key)) continue;
            Assert.True(actual.ContainsKey(key), $"missing '{key}' in {actual.ToJsonString()}");
            Assert.Equal(value?.GetValueKind(), actual[key]?.GetValueKind());
        }
    }

    [Fact]
    public async Task AuthTest_HasTheDocumentedBotTokenShape()
    {
        await using var emu = await StartAsync();
        using var http = emu.CreateClient();
        var r = await PostJsonAsync(http, "auth.test", new { });
        AssertHasKeysOf(Payloads.Object("web_auth_test_bot_token_docs.json"), r.Json!);
        Assert.Equal("U0BOT", r.Str("user_id"));
        Assert.Equal("B0BOT", r.Str("bot_id"));
        Assert.Equal("T0PAUSEBOT", r.Str("team_id"));
    }

    [Fact]
    public async Task PostMessage_HasTheDocumentedShape()
    {
        await using var emu = await StartAsync();
        using var http = emu.CreateClient();
        var r = await PostJsonAsync(http, "chat.postMessage", new { channel = DefaultSeed.Chordus, text = "hello" });
        var sample = Payloads.Object("web_chat_postMessage_ok_docs.json");
        AssertHasKeysOf(sample, r.Json!);
        AssertHasKeysOf(sample["message"]!.AsObject(), r.Json!["message"]!.AsObject(), "username", "attachments", "subtype");
        Assert.Equal(r.Str("ts"), r.Json!["message"]!["ts"]!.GetValue<string>());
        Assert.Matches(@"^\d{9,10}\.\d{6}$", r.Str("ts"));
    }

    [Fact]
    public async Task ConversationsMembers_HasTheDocumentedShape()
    {
        await using var emu = await StartAsync();
        using var http = emu.CreateClient();
        var r = await PostFormAsync(http, "conversations.members", ("channel", DefaultSeed.Chordus), ("limit", "2"));
        AssertHasKeysOf(Payloads.Object("web_conversations_members_paginated_docs.json"), r.Json!);
        Assert.EndsWith("=", r.Json!["response_metadata"]!["next_cursor"]!.GetValue<string>());
    }

    [Fact]
    public async Task ScheduleMessage_HasTheDocumentedShape()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        await using var emu = await StartAsync(new SlackEmulatorOptions { Time = time });
        using var http = emu.CreateClient();
        var postAt = time.GetUtcNow().AddHours(1).ToUnixTimeSeconds();
        var r = await PostJsonAsync(http, "chat.scheduleMessage", new { channel = DefaultSeed.Chordus, text = "later", post_at = postAt });
        var sample = Payloads.Object("web_chat_scheduleMessage_ok_docs.json");
        AssertHasKeysOf(sample, r.Json!);
        Assert.Single(emu.Messages.Scheduled);
        time.Advance(TimeSpan.FromHours(2));
        Assert.Contains(emu.Messages.In(DefaultSeed.Chordus), m => m.Text == "later");
    }

    [Fact]
    public async Task ErrorWithMessages_HasTheDocumentedShape()
    {
        await using var emu = await StartAsync();
        using var http = emu.CreateClient();
        var r = await PostJsonAsync(http, "views.publish", new { user_id = "U0NOBODY", view = new { type = "home", blocks = Array.Empty<object>() } });
        Assert.Equal(HttpStatusCode.OK, r.Status);
        Assert.Equal(Payloads.Object("web_views_publish_error_invalid_arguments_docs.json").ToJsonString(), r.Json!.ToJsonString());
    }

    [Fact]
    public async Task RateLimited_MatchesThe429Sample()
    {
        var sample = Payloads.Read("web_ratelimited_429_python_sdk_mock.http").Replace("\r", "", StringComparison.Ordinal);
        var sampleBody = sample[(sample.IndexOf("\n\n", StringComparison.Ordinal) + 2)..].Trim();
        await using var emu = await StartAsync();
        emu.Faults.RateLimitNext("auth.test", TimeSpan.FromSeconds(1));
        using var http = emu.CreateClient();
        var r = await PostJsonAsync(http, "auth.test", new { });
        Assert.Equal(HttpStatusCode.TooManyRequests, r.Status);
        Assert.Equal("1", r.Response.Headers.GetValues("Retry-After").Single());
        Assert.StartsWith("application/json", r.Response.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        Assert.Equal(sampleBody, r.Body);
    }
}
