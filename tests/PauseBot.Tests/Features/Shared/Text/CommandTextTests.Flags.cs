using PauseBot.Features.Shared.Text;

namespace PauseBot.Tests.Features.Shared.Text;

public partial class CommandTextTests
{
    [Fact]
    public void Parse_TimeFlagBeforeReason_TakesMultiWordTime()
    {
        var parsed = Ok("chordus --at tomorrow 09:00 Client asked us to stop");
        Assert.Equal("tomorrow 09:00", parsed.Get("at"));
        Assert.Equal("chordus", parsed.Positional(0));
        Assert.Equal("Client asked us to stop", parsed.Rest(1));
    }

    [Theory]
    [InlineData("--until 2026-04-07 09:00 +0200 reason here", "2026-04-07 09:00 +0200")]
    [InlineData("--until in 90 minutes reason here", "in 90 minutes")]
    [InlineData("--at tomorrow at 9am reason here", "tomorrow at 9am")]
    [InlineData("--at friday 17:30 reason here", "friday 17:30")]
    [InlineData("--at in 30s reason here", "in 30s")]
    [InlineData("--at now reason here", "now")]
    [InlineData("--at 2026-04-07 reason here", "2026-04-07")]
    [InlineData("--at tomorrow reason here", "tomorrow")]
    [InlineData("--at \"tomorrow 09:00\" reason here", "tomorrow 09:00")]
    [InlineData("--at=tomorrow 09:00 reason here", "tomorrow 09:00")]
    [InlineData("--at=\"friday 9am\" reason here", "friday 9am")]
    public void Parse_TimeFlag_TakesLongestTimeLikeRun(string text, string expected)
    {
        var parsed = Ok(text);
        Assert.Equal(expected, parsed.Get("at") ?? parsed.Get("until"));
        Assert.Equal("reason here", parsed.Rest(0));
    }

    [Fact]
    public void Parse_TimeFlagUnreadable_TakesOneTokenForCallerToReport()
    {
        var parsed = Ok("--at tomorow 9:00 reason");
        Assert.Equal("tomorow", parsed.Get("at"));
        Assert.Equal(["9:00", "reason"], parsed.Positionals);
    }

    [Fact]
    public void Parse_TimeFlagWellShapedButInvalid_KeepsWholeValue() =>
        Assert.Equal("2026-02-30 09:00", Ok("--at 2026-02-30 09:00 reason").Get("at"));

    [Fact]
    public void Parse_TimeRunStopsAtNextFlag()
    {
        var parsed = Ok("--at tomorrow --until friday 17:00 x");
        Assert.Equal("tomorrow", parsed.Get("at"));
        Assert.Equal("friday 17:00", parsed.Get("until"));
        Assert.Equal(["x"], parsed.Positionals);
    }

    [Fact]
    public void Parse_FlagsAnywhere_AreCollected()
    {
        var parsed = Ok("chordus Client asked --internal=secret to stop --silent");
        Assert.Equal("secret", parsed.Get("internal"));
        Assert.True(parsed.GetBool("silent"));
        Assert.Equal("Client asked to stop", parsed.Rest(1));
    }

    [Fact]
    public void Parse_TextFlag_TakesExactlyOneToken()
    {
        var parsed = Ok("--internal client breach");
        Assert.Equal("client", parsed.Get("internal"));
        Assert.Equal(["breach"], parsed.Positionals);
    }

    [Theory]
    [InlineData("--silent chordus", true)]
    [InlineData("--silent=yes chordus", true)]
    [InlineData("--silent=false chordus", false)]
    [InlineData("--SILENT=Off chordus", false)]
    public void Parse_BooleanFlag_TakesNoFollowingToken(string text, bool expected)
    {
        var parsed = Ok(text);
        Assert.Equal(expected, parsed.GetBool("silent"));
        Assert.True(parsed.Has("silent"));
        Assert.Equal(["chordus"], parsed.Positionals);
    }

    [Fact]
    public void Parse_IntFlag_ParsesWholeNumber() => Assert.Equal(3, Ok("--count 3 x").GetInt("count"));

    [Fact]
    public void Parse_FlagNames_AreCaseInsensitive() => Assert.Equal("now", Ok("--AT now").Get("at"));

    [Fact]
    public void Parse_EmDashAutocorrectedKnownFlag_IsTreatedAsFlag()
    {
        var parsed = Ok("chordus —at tomorrow 09:00 reason —hello");
        Assert.Equal("tomorrow 09:00", parsed.Get("at"));
        Assert.Equal(["chordus", "reason", "—hello"], parsed.Positionals);
    }

    [Fact]
    public void Parse_UnknownFlag_NamesItAndListsKnownFlags() =>
        Assert.Equal(
            "I don't know the flag `--foo`. Known flags: `--at`, `--count`, `--internal`, `--next-update`, `--silent`, `--until`. "
            + "If `--foo` is part of your text, put that text in quotes.",
            Fails("chordus --foo bar"));

    [Fact]
    public void Parse_UnknownFlagWithNoFlagsDeclared_SaysNoneTaken() =>
        Assert.Contains("doesn't take any flags", CommandText.Parse("x --at now").Error);

    [Fact]
    public void Parse_FlagGivenTwice_ReturnsError() =>
        Assert.Equal("You gave `--at` more than once — please give it once.", Fails("--at now x --AT=tomorrow"));

    [Theory]
    [InlineData("chordus --internal", "`--internal` needs a value")]
    [InlineData("chordus --at --silent", "`--at` needs a time")]
    [InlineData("chordus --internal=", "`--internal` needs a value")]
    [InlineData("--count", "`--count` needs a whole number")]
    [InlineData("--count three", "`--count` needs a whole number, e.g. `--count 3` (got `three`).")]
    [InlineData("--silent=maybe", "`--silent` is an on/off flag")]
    public void Parse_BadFlagValue_ReturnsError(string text, string expectedFragment) =>
        Assert.Contains(expectedFragment, Fails(text));
}
