using System.Text.Json;
using PauseBot.Slack.Blocks;

namespace PauseBot.Slack.Tests.Blocks;

public sealed class BlocksTests
{
    private static string Json(object value) => JsonSerializer.Serialize(value, value.GetType(), SlackJson.Options);

    [Fact]
    public void Section_SerialisesWithTypeAndSnakeCase()
    {
        var section = Slack.Blocks.Blocks.Section("*hi*", Slack.Blocks.Blocks.Button("ack", "OK", "1", ButtonStyle.Primary), blockId: "b1");
        Assert.Equal(
            """{"type":"section","text":{"type":"mrkdwn","text":"*hi*"},"accessory":{"type":"button","text":{"type":"plain_text","text":"OK","emoji":true},"value":"1","style":"primary","action_id":"ack"},"block_id":"b1"}""",
            JsonSerializer.Serialize<Block>(section, SlackJson.Options));
    }

    [Fact]
    public void Divider_ListOfBlocks_WritesTypeOnly() =>
        Assert.Equal("""[{"type":"divider"}]""", JsonSerializer.Serialize<IReadOnlyList<Block>>([Slack.Blocks.Blocks.Divider()], SlackJson.Options));

    [Fact]
    public void Modal_WithInput_WritesModalShape()
    {
        var modal = Slack.Blocks.Blocks.Modal("cb", "Pause", [Slack.Blocks.Blocks.TextInput("reason", "Why", "reason_input", multiline: true)], submit: "Save");
        var json = JsonDocument.Parse(Json(modal)).RootElement;
        Assert.Equal("modal", json.GetProperty("type").GetString());
        Assert.Equal("cb", json.GetProperty("callback_id").GetString());
        Assert.Equal("plain_text_input", json.GetProperty("blocks")[0].GetProperty("element").GetProperty("type").GetString());
        Assert.True(json.GetProperty("blocks")[0].GetProperty("element").GetProperty("multiline").GetBoolean());
        Assert.False(json.TryGetProperty("private_metadata", out _));
        Assert.False(json.GetProperty("blocks")[0].GetProperty("element").TryGetProperty("max_length", out _));
    }

    [Fact]
    public void Sections_LongText_SplitBetweenLinesEachWithinTheLimit()
    {
        var text = string.Join("\n", new string('a', 2000), new string('b', 2000), "", new string('c', 500), new string('d', 3500));
        var sections = Slack.Blocks.Blocks.Sections(text);
        Assert.Equal(3, sections.Count);
        Assert.Equal(new string('a', 2000), sections[0].Text!.Text);
        Assert.Equal(new string('b', 2000) + "\n\n" + new string('c', 500), sections[1].Text!.Text);
        Assert.Equal(3000, sections[2].Text!.Text.Length); // one line longer than a section: shortened
        Assert.EndsWith("…", sections[2].Text!.Text, StringComparison.Ordinal);
        Assert.Empty(Slack.Blocks.Blocks.Sections("\n \n"));
    }

    [Fact]
    public void TextInput_WithMaxLength_WritesMaxLength()
    {
        var json = JsonDocument.Parse(Json(Slack.Blocks.Blocks.Modal("cb", "Pause",
            [Slack.Blocks.Blocks.TextInput("reason", "Why", "value", maxLength: 3000)], submit: "Save"))).RootElement;
        Assert.Equal(3000, json.GetProperty("blocks")[0].GetProperty("element").GetProperty("max_length").GetInt32());
    }

    [Fact]
    public void Block_RoundTrip_KeepsTypes()
    {
        IReadOnlyList<Block> blocks = [Slack.Blocks.Blocks.Header("H"), Slack.Blocks.Blocks.Fields("a", "b"), Slack.Blocks.Blocks.Context("c"),
            Slack.Blocks.Blocks.Actions("acts", Slack.Blocks.Blocks.Button("x", "X"))];
        var back = JsonSerializer.Deserialize<IReadOnlyList<Block>>(JsonSerializer.Serialize(blocks, SlackJson.Options), SlackJson.Options)!;
        Assert.Equal(JsonSerializer.Serialize(blocks, SlackJson.Options), JsonSerializer.Serialize(back, SlackJson.Options));
        Assert.IsType<ActionsBlock>(back[3]);
    }

    public static TheoryData<string, Action> OverLimit => new()
    {
        { "header text", () => Slack.Blocks.Blocks.Header(new string('h', 151)) },
        { "section text", () => Slack.Blocks.Blocks.Section(new string('s', 3001)) },
        { "section text", () => Slack.Blocks.Blocks.Section("") },
        { "section fields", () => Slack.Blocks.Blocks.Fields(Enumerable.Repeat("f", 11).ToArray()) },
        { "section field", () => Slack.Blocks.Blocks.Fields(new string('f', 2001)) },
        { "button text", () => Slack.Blocks.Blocks.Button("a", new string('b', 76)) },
        { "button value", () => Slack.Blocks.Blocks.Button("a", "b", new string('v', 2001)) },
        { "action_id", () => Slack.Blocks.Blocks.Button(new string('a', 256), "b") },
        { "block_id", () => Slack.Blocks.Blocks.Actions(new string('a', 256), Slack.Blocks.Blocks.Button("a", "b")) },
        { "actions elements", () => Slack.Blocks.Blocks.Actions("a", Enumerable.Range(0, 26).Select(i => Slack.Blocks.Blocks.Button($"a{i}", "b")).ToArray()) },
        { "context elements", () => Slack.Blocks.Blocks.Context(Enumerable.Repeat("c", 11).ToArray()) },
        { "modal title", () => Slack.Blocks.Blocks.Modal("cb", new string('t', 25), []) },
        { "private_metadata", () => Slack.Blocks.Blocks.Modal("cb", "t", [], privateMetadata: new string('p', 3001)) },
        { "view blocks", () => Slack.Blocks.Blocks.Modal("cb", "t", Enumerable.Range(0, 101).Select(_ => (Block)Slack.Blocks.Blocks.Divider()).ToList()) },
        { "view blocks", () => Slack.Blocks.Blocks.Home(Enumerable.Range(0, 101).Select(_ => (Block)Slack.Blocks.Blocks.Divider()).ToList()) },
        { "message blocks", () => BlockKitLimits.EnsureMessage(Enumerable.Range(0, 51).Select(_ => (Block)Slack.Blocks.Blocks.Divider()).ToList()) },
        { "submit", () => Slack.Blocks.Blocks.Modal("cb", "t", [Slack.Blocks.Blocks.TextInput("b", "l", "a")]) },
        { "input max_length", () => Slack.Blocks.Blocks.TextInput("b", "l", "a", maxLength: 3001) },
        { "input max_length", () => Slack.Blocks.Blocks.TextInput("b", "l", "a", maxLength: 0) },
    };

    [Theory]
    [MemberData(nameof(OverLimit))]
    public void Build_OverLimit_ThrowsBlockKitLimitException(string what, Action build)
    {
        var ex = Assert.Throws<BlockKitLimitException>(build);
        Assert.Contains(what, ex.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<ArgumentException>(ex);
    }

    [Fact]
    public void Build_AtLimits_Succeeds()
    {
        Slack.Blocks.Blocks.Header(new string('h', 150));
        Slack.Blocks.Blocks.Section(new string('s', 3000));
        Slack.Blocks.Blocks.Fields(Enumerable.Repeat(new string('f', 2000), 10).ToArray());
        Slack.Blocks.Blocks.Actions("a", Enumerable.Range(0, 25).Select(i => Slack.Blocks.Blocks.Button($"a{i}", new string('b', 75))).ToArray());
        Slack.Blocks.Blocks.Modal("cb", new string('t', 24), Enumerable.Range(0, 100).Select(_ => (Block)Slack.Blocks.Blocks.Divider()).ToList());
        BlockKitLimits.EnsureMessage(Enumerable.Range(0, 50).Select(_ => (Block)Slack.Blocks.Blocks.Divider()).ToList());
    }

    [Theory]
    [InlineData("short", 10, "short")]
    [InlineData("exactly10!", 10, "exactly10!")]
    [InlineData("this is too long", 8, "this is…")]
    public void Truncate_FitsLimit(string text, int max, string expected)
    {
        Assert.Equal(expected, Slack.Blocks.Blocks.Truncate(text, max));
        Assert.True(Slack.Blocks.Blocks.Truncate(text, max).Length <= max);
    }

    [Fact]
    public void Truncate_DoesNotSplitSurrogatePair() =>
        Assert.Equal("ab…", Slack.Blocks.Blocks.Truncate("ab😀cd", 4));
}
