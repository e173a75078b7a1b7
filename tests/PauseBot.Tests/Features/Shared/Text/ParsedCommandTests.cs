using PauseBot.Features.Shared.Text;

namespace PauseBot.Tests.Features.Shared.Text;

public class ParsedCommandTests
{
    private static readonly ParsedCommand Sample = ParsedCommand.Ok(
        ["chordus", "Client", "asked", "to stop"],
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["count"] = "7", ["silent"] = "false" });

    [Theory]
    [InlineData(0, "chordus Client asked to stop")]
    [InlineData(1, "Client asked to stop")]
    [InlineData(3, "to stop")]
    [InlineData(4, "")]
    [InlineData(99, "")]
    public void Rest_FromIndex_JoinsRemainingPositionalsWithSingleSpaces(int from, string expected) =>
        Assert.Equal(expected, Sample.Rest(from));

    [Fact]
    public void Rest_NegativeIndex_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => Sample.Rest(-1));

    [Theory]
    [InlineData(0, "chordus")]
    [InlineData(4, null)]
    [InlineData(-1, null)]
    public void Positional_Index_ReturnsTokenOrNull(int index, string? expected) =>
        Assert.Equal(expected, Sample.Positional(index));

    [Fact]
    public void Getters_MissingFlag_ReturnNullOrFalse()
    {
        Assert.False(Sample.Has("at"));
        Assert.Null(Sample.Get("at"));
        Assert.Null(Sample.GetInt("at"));
        Assert.False(Sample.GetBool("at"));
    }

    [Fact]
    public void Getters_PresentFlags_ReturnTypedValues()
    {
        Assert.Equal(7, Sample.GetInt("COUNT"));
        Assert.True(Sample.Has("silent"));
        Assert.False(Sample.GetBool("silent"));
    }

    [Fact]
    public void Fail_CarriesErrorAndNoTokens()
    {
        var failed = ParsedCommand.Fail("nope");
        Assert.False(failed.IsSuccess);
        Assert.Equal("nope", failed.Error);
        Assert.Empty(failed.Positionals);
        Assert.Empty(failed.Flags);
        Assert.Equal("", failed.Rest(0));
    }
}
