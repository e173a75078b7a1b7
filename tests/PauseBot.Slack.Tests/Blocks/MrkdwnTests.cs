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

    [Theory]
    [InlineData("abc", 3, "abc")]
    [InlineData("abcd", 3, "ab…")]
    [InlineData("a&b", 7, "a&amp;b")]
    [InlineData("a&b", 6, "a…")] // "&amp;" would straddle the cut: it goes whole
    [InlineData("ab&cd", 8, "ab&amp;…")]
    [InlineData("<<<<", 9, "&lt;&lt;…")]
    [InlineData("a😀b", 3, "a…")] // never half a surrogate pair
    public void Escape_WithMaxLength_FitsAsSentAndNeverSplitsAnEscape(string text, int max, string expected)
    {
        var escaped = Mrkdwn.Escape(text, max);
        Assert.Equal(expected, escaped);
        Assert.True(escaped.Length <= max);
    }

    [Fact]
    public void Escape_WithMaxLength_ManyAmpersands_StaysWithinTheLimit()
    {
        var escaped = Mrkdwn.Escape(new string('&', 3000), 2500);
        Assert.Equal(2500 - 4, escaped.Length); // 499 whole "&amp;" and the "…"
        Assert.EndsWith("&amp;…", escaped, StringComparison.Ordinal);
    }

    [Fact]
    public void Helpers_ProduceSlackSyntax()
    {
        Assert.Equal("*a &lt;b&gt;*", Mrkdwn.Bold("a <b>"));
        Assert.Equal("<https://x.example/?a=1&amp;b=2|R&amp;D>", Mrkdwn.Link("https://x.example/?a=1&b=2", "R&D"));
        Assert.Equal("<@U123>", Mrkdwn.User("U123"));
        Assert.Equal("<#C123>", Mrkdwn.Channel("C123"));
    }
}
