using PauseBot.Slack.Blocks;

namespace PauseBot.Slack.Tests.Blocks;

public sealed class MrkdwnTests
{
    [Theory]
    [InlineData("a & b", "a &amp; b")]
    [InlineData("<!channel> hi", "&lt;!channel&gt; hi")]
    [InlineData("&lt;", "&amp;lt;")]
    [InlineData("*bold* _it_ \"q\" 'a'", "*bold* _it_ \"q\" 'a'")]
    public void Escape_OnlyControlCharacters(string text, string expected) => Assert.Equal(expected, Mrkdwn.Escape(text));

    [Theory]
    [InlineData("a &amp; b &lt;x&gt;")]
    [InlineData("&amp;lt;")]
    public void Unescape_ReversesEscape(string escaped) => Assert.Equal(escaped, Mrkdwn.Escape(Mrkdwn.Unescape(escaped)));

    [Fact]
    public void Helpers_ProduceSlackSyntax()
    {
        Assert.Equal("*a &lt;b&gt;*", Mrkdwn.Bold("a <b>"));
        Assert.Equal("<https://x.example/?a=1&amp;b=2|R&amp;D>", Mrkdwn.Link("https://x.example/?a=1&b=2", "R&D"));
        Assert.Equal("<@U123>", Mrkdwn.User("U123"));
        Assert.Equal("<#C123>", Mrkdwn.Channel("C123"));
    }
}
