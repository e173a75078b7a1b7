using PauseBot.Slack.Blocks;

namespace PauseBot.Slack.Tests.Blocks;

public sealed class SlackRefsTests
{
    [Theory]
    [InlineData("<@U123ABC|jane>", "U123ABC")]
    [InlineData("<@U123ABC>", "U123ABC")]
    [InlineData("<@W123ABC>", "W123ABC")]
    [InlineData("U123ABC", "U123ABC")]
    [InlineData(" W999 ", "W999")]
    public void TryParseUser_Valid_ReturnsId(string token, string expected)
    {
        Assert.True(SlackRefs.TryParseUser(token, out var id));
        Assert.Equal(expected, id);
    }

    [Theory]
    [InlineData("<#C123ABC|general>", "C123ABC")]
    [InlineData("<#C123ABC|>", "C123ABC")]
    [InlineData("<#C123ABC>", "C123ABC")]
    [InlineData("<C987654321|>", "C987654321")]
    [InlineData("C123ABC", "C123ABC")]
    [InlineData("G123ABC", "G123ABC")]
    public void TryParseChannel_Valid_ReturnsId(string token, string expected)
    {
        Assert.True(SlackRefs.TryParseChannel(token, out var id));
        Assert.Equal(expected, id);
    }

    [Theory]
    [InlineData("")]
    [InlineData("jane")]
    [InlineData("<@C123>")]
    [InlineData("u123")]
    [InlineData("<#C123>")]
    public void TryParseUser_Invalid_False(string token) => Assert.False(SlackRefs.TryParseUser(token, out _));

    [Theory]
    [InlineData("general")]
    [InlineData("<@U123>")]
    [InlineData("D123ABC")]
    public void TryParseChannel_Invalid_False(string token) => Assert.False(SlackRefs.TryParseChannel(token, out _));
}
