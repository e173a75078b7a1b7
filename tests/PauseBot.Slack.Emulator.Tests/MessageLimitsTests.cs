using System.Text.Json.Nodes;
using PauseBot.Slack.Emulator;
using static PauseBot.Slack.Emulator.Tests.Api;

namespace PauseBot.Slack.Emulator.Tests;

/// <summary>Text limits per method, Block Kit element rules, cumulative block size and message metadata, refused as Slack refuses them.</summary>
public sealed class MessageLimitsTests
{
    [Fact]
    public async Task Update_TextOver4000_MsgTooLong_AndTheMessageUnchanged()
    {
        await using var emu = await StartAsync();
        using var http = emu.CreateClient();
        var ts = (await PostJsonAsync(http, "chat.postMessage", new { channel = DefaultSeed.General, text = "original" })).Str("ts");

        Assert.True((await PostJsonAsync(http, "chat.update", new { channel = DefaultSeed.General, ts, text = new string('a', 4_000) })).Ok);
        var tooLong = await PostJsonAsync(http, "chat.update", new { channel = DefaultSeed.General, ts, text = new string('b', 4_001) });

        Assert.Equal("msg_too_long", tooLong.Error);
        Assert.Equal(new string('a', 4_000), emu.Messages.Find(DefaultSeed.General, ts!)!.Text);
    }

    public static TheoryData<string, string> BadElements => new()
    {
        { """{"type":"button","action_id":"a","text":{"type":"plain_text","text":"%76"}}""", "/blocks/0/elements/0/text/text" },
        { """{"type":"button","action_id":"a","text":{"type":"mrkdwn","text":"*b*"}}""", "/blocks/0/elements/0/text/type" },
        { """{"type":"button","action_id":"a","text":{"type":"plain_text","text":"b"},"value":"%2001"}""", "/blocks/0/elements/0/value" },
        { """{"type":"button","action_id":"%256","text":{"type":"plain_text","text":"b"}}""", "/blocks/0/elements/0/action_id" },
        { """{"type":"button","action_id":"a","text":{"type":"plain_text","text":"b"},"url":"https://x/%3001"}""", "/blocks/0/elements/0/url" },
        { """{"type":"button","action_id":"a","text":{"type":"plain_text","text":"b"},"style":"loud"}""", "/blocks/0/elements/0/style" },
        { """{"type":"fancy_button","action_id":"a"}""", "/blocks/0/elements/0" },
        { """{"type":"plain_text_input","action_id":"a"}""", "/blocks/0/elements/0" },
    };

    [Theory]
    [MemberData(nameof(BadElements))]
    public async Task ActionsElement_BreakingARule_InvalidBlocksPointingAtIt(string element, string pointer)
    {
        await using var emu = await StartAsync();
        using var http = emu.CreateClient();
        var blocks = new JsonArray(new JsonObject { ["type"] = "actions", ["elements"] = new JsonArray(JsonNode.Parse(Expand(element))) });

        var answer = await PostJsonAsync(http, "chat.postMessage", new { channel = DefaultSeed.General, text = "x", blocks });

        Assert.Equal("invalid_blocks", answer.Error);
        Assert.Contains($"[json-pointer:{pointer}]", answer.Body, StringComparison.Ordinal);
        Assert.Empty(emu.Messages.All);
    }

    [Fact]
    public async Task Button_AtEveryLimit_Accepted()
    {
        await using var emu = await StartAsync();
        using var http = emu.CreateClient();
        var button = Expand("""{"type":"button","action_id":"%255","text":{"type":"plain_text","text":"%75"},"value":"%2000","url":"https://x/%2990","style":"primary"}""");
        var blocks = new JsonArray(new JsonObject { ["type"] = "actions", ["elements"] = new JsonArray(JsonNode.Parse(button)) });

        var answer = await PostJsonAsync(http, "chat.postMessage", new { channel = DefaultSeed.General, text = "x", blocks });

        Assert.True(answer.Ok, answer.Body);
    }

    [Theory]
    [InlineData("""[{"type":"poll"}]""")]
    [InlineData("""[{"type":"section","block_id":"b","text":{"type":"mrkdwn","text":"1"}},{"type":"divider","block_id":"b"}]""")]
    [InlineData("""[{"type":"section","text":{"type":"mrkdwn","text":""}}]""")]
    [InlineData("""[{"type":"header","text":{"type":"mrkdwn","text":"not plain"}}]""")]
    [InlineData("""[{"type":"context","elements":[]}]""")]
    public async Task UnknownOrMalformedBlocks_InvalidBlocks(string blocks)
    {
        await using var emu = await StartAsync();
        using var http = emu.CreateClient();

        var answer = await PostJsonAsync(http, "chat.postMessage", new { channel = DefaultSeed.General, text = "x", blocks = JsonNode.Parse(blocks) });

        Assert.Equal("invalid_blocks", answer.Error);
    }

    [Fact]
    public async Task BlocksTextOver12000InTotal_MsgBlocksTooLong_EvenThoughEachBlockIsWithinItsLimit()
    {
        await using var emu = await StartAsync();
        using var http = emu.CreateClient();
        JsonArray Sections(int count) => [.. Enumerable.Range(0, count)
            .Select(_ => (JsonNode?)new JsonObject { ["type"] = "section", ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = new string('a', 3000) } })];

        Assert.True((await PostJsonAsync(http, "chat.postMessage", new { channel = DefaultSeed.General, text = "x", blocks = Sections(4) })).Ok);
        var tooLong = await PostJsonAsync(http, "chat.postMessage", new { channel = DefaultSeed.General, text = "x", blocks = Sections(5) });

        Assert.Equal("msg_blocks_too_long", tooLong.Error);
    }

    [Theory]
    [InlineData("""{"event_payload":{}}""", "invalid_metadata_format")]
    [InlineData("""{"event_type":"x","event_payload":"not an object"}""", "invalid_metadata_format")]
    [InlineData("""{"event_type":"has spaces","event_payload":{}}""", "invalid_metadata_schema")]
    [InlineData("""{"event_type":"big","event_payload":{"blob":"%8000"}}""", "metadata_too_large")]
    public async Task Metadata_AsSlackRefusesIt(string metadata, string error)
    {
        await using var emu = await StartAsync();
        using var http = emu.CreateClient();

        var answer = await PostJsonAsync(http, "chat.postMessage", new { channel = DefaultSeed.General, text = "x", metadata = JsonNode.Parse(Expand(metadata)) });

        Assert.Equal(error, answer.Error);
        Assert.True((await PostJsonAsync(http, "chat.postMessage", new
        {
            channel = DefaultSeed.General, text = "x", metadata = JsonNode.Parse("""{"event_type":"pausebot_delivery","event_payload":{"delivery_id":"d-1"}}"""),
        })).Ok);
    }

    [Fact]
    public async Task MarkdownTextWithText_MarkdownTextConflict()
    {
        await using var emu = await StartAsync();
        using var http = emu.CreateClient();

        var answer = await PostJsonAsync(http, "chat.postMessage", new { channel = DefaultSeed.General, text = "x", markdown_text = "**x**" });

        Assert.Equal("markdown_text_conflict", answer.Error);
    }

    // "%N" in a template stands for N characters.
    private static string Expand(string template) =>
        System.Text.RegularExpressions.Regex.Replace(template, "%([0-9]+)", m => new string('x', int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)));
}
