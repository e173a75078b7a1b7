using PauseBot.Features.Shared.Text;

namespace PauseBot.Tests.Features.Shared.Text;

public partial class CommandTextTests
{
    private static readonly FlagSpec[] PauseFlags =
    [
        FlagSpec.Time("at"), FlagSpec.Time("until"), FlagSpec.Time("next-update"),
        FlagSpec.Text("internal"), FlagSpec.Boolean("silent"), FlagSpec.Int("count"),
    ];

    private static ParsedCommand Ok(string text)
    {
        var parsed = CommandText.Parse(text, PauseFlags);
        Assert.True(parsed.IsSuccess, parsed.Error);
        return parsed;
    }

    private static string Fails(string text)
    {
        var parsed = CommandText.Parse(text, PauseFlags);
        Assert.False(parsed.IsSuccess);
        Assert.Empty(parsed.Positionals);
        return parsed.Error;
    }

    [Fact]
    public void Parse_PlainWords_ReturnsPositionalsInOrder()
    {
        var parsed = Ok("chordus Client asked us to stop");
        Assert.Equal(["chordus", "Client", "asked", "us", "to", "stop"], parsed.Positionals);
        Assert.Empty(parsed.Flags);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \t ")]
    public void Parse_Blank_ReturnsNoTokens(string text) => Assert.Empty(Ok(text).Positionals);

    [Fact]
    public void Parse_MixedWhitespace_SplitsOnAnyWhitespace() =>
        Assert.Equal(["a", "b", "c", "d"], Ok("a \t b\u00A0c\n  d ").Positionals);

    [Fact]
    public void Parse_StraightQuotes_GroupFlagValue()
    {
        var parsed = Ok("chordus --internal \"client breach, do not share\" Client asked");
        Assert.Equal("client breach, do not share", parsed.Get("internal"));
        Assert.Equal(["chordus", "Client", "asked"], parsed.Positionals);
    }

    [Theory]
    [InlineData("“client breach” x")]
    [InlineData("“client breach\" x")]
    [InlineData("”client breach” x")]
    public void Parse_TypographicDoubleQuotes_GroupLikeStraightQuotes(string text) =>
        Assert.Equal(["client breach", "x"], Ok(text).Positionals);

    [Fact]
    public void Parse_TypographicSingleQuotes_AreOrdinaryCharacters() =>
        Assert.Equal(["don’t", "‘stop", "now’"], Ok("don’t ‘stop now’").Positionals);

    [Theory]
    [InlineData("chordus --internal \"client breach")]
    [InlineData("chordus “oops")]
    public void Parse_UnterminatedQuote_ReturnsError(string text) =>
        Assert.Contains("opening quote with no closing one", Fails(text));

    [Fact]
    public void Parse_SlackReferencesWithSpaces_StayOneTokenEach() =>
        Assert.Equal(["<#C123|my channel>", "<@U123|bob smith>", "<!here>", "tail"],
            Ok("<#C123|my channel> <@U123|bob smith> <!here> tail").Positionals);

    [Fact]
    public void Parse_LessThanFollowedBySpace_IsNotAReference() =>
        Assert.Equal(["a", "<", "b", ">", "c"], Ok("a < b > c").Positionals);

    [Fact]
    public void Parse_QuotedText_IsNeverAFlag()
    {
        var parsed = Ok("chordus \"stop -- now --at noon\" \"--silent\"");
        Assert.Equal(["chordus", "stop -- now --at noon", "--silent"], parsed.Positionals);
        Assert.Empty(parsed.Flags);
    }

    [Theory]
    [InlineData("wait -- really")]
    [InlineData("wait --> really")]
    [InlineData("wait --2 really")]
    public void Parse_DoubleDashNotFollowedByLetter_IsText(string text) =>
        Assert.Equal(text.Split(' '), Ok(text).Positionals);

    [Fact]
    public void Parse_QuotedEmptyValue_IsAllowedForTextFlag() => Assert.Equal("", Ok("--internal \"\" x").Get("internal"));
}
