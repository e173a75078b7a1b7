using PauseBot.Core.Questions;

namespace PauseBot.Core.Tests.Questions;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("Hello World", "hello world")]
    [InlineData("<@U0BOT> can i log hrs??", "can i log hours")]
    [InlineData("see <#C123|general> and <https://x.io|this>", "see and")]
    [InlineData("r u ok :thumbsup: 👍", "are you ok")]
    [InlineData("y did they stop it", "why did they stop it")]
    [InlineData("pls tell me tmrw", "please tell me tomorrow")]
    [InlineData("when's it unpaused", "when is it unpaused")]
    [InlineData("don't, can't, won't", "do not can not will not")]
    [InlineData("we're back, they'll see, I'd go, we've done, I'm here", "we are back they will see i would go we have done i am here")]
    [InlineData("whats up, its done, dont", "what is up it is done do not")]
    [InlineData("logged 8hrs, 6h on monday", "logged 8 hours 6 hours on monday")]
    [InlineData("it\u2019s paused", "it is paused")]
    [InlineData("already-submitted time-sheet", "already submitted time sheet")]
    [InlineData("ÉTÉ Über", "été über")]
    public void Normalises(string input, string expected) =>
        Assert.Equal(expected, string.Join(' ', TextNormalizer.Tokenize(input)));

    [Theory]
    [InlineData("")]
    [InlineData("  \t\n")]
    [InlineData(":wave: :+1:")]
    [InlineData("!!! ??? ...")]
    public void Content_free_text_yields_no_tokens(string input) =>
        Assert.Empty(TextNormalizer.Tokenize(input));

    [Fact]
    public void Unclosed_markup_and_colons_do_not_swallow_text()
    {
        Assert.Equal("a b", string.Join(' ', TextNormalizer.Tokenize("a < b")));
        Assert.Equal("note paused", string.Join(' ', TextNormalizer.Tokenize("note: paused")));
    }

    [Fact]
    public void Very_long_words_are_truncated_not_rejected()
    {
        var tokens = TextNormalizer.Tokenize(new string('a', 500) + " ok");

        Assert.Equal(2, tokens.Count);
        Assert.Equal("ok", tokens[1]);
    }
}
