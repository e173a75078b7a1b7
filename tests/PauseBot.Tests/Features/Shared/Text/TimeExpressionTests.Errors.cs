using PauseBot.Features.Shared.Text;

namespace PauseBot.Tests.Features.Shared.Text;

public partial class TimeExpressionTests
{
    [Fact]
    public void Parse_Typo_ReturnsFriendlyErrorWithExamples()
    {
        var result = TimeExpression.Parse("tomorow 9:00", Now, London);
        Assert.False(result.IsSuccess);
        Assert.Equal(
            "I couldn't read `tomorow 9:00` as a time. Try `2026-04-07 09:00`, `tomorrow 09:00`, `friday 17:30` or `in 2h`.",
            result.Error);
    }

    [Theory]
    [InlineData("2026-02-30 09:00", "`2026-02-30` isn't a real date.")]
    [InlineData("25:00", "`25:00` isn't a valid time of day")]
    [InlineData("13pm", "`13pm` isn't a valid time of day")]
    [InlineData("2026-04-07 09:00+15:00", "`+15:00` isn't a valid UTC offset")]
    [InlineData("today", "`today` needs a time")]
    [InlineData("tomorrow 09:00+02:00", "only works with a full date and time")]
    [InlineData("   ", "Please give a time.")]
    [InlineData("at", "I couldn't read `at` as a time.")]
    [InlineData("friday friday", "I couldn't read")]
    public void Parse_Invalid_ReturnsSpecificError(string input, string expectedFragment)
    {
        var result = TimeExpression.Parse(input, Now, London);
        Assert.False(result.IsSuccess);
        Assert.Contains(expectedFragment, result.Error);
        Assert.Equal(default, result.Instant);
    }

    [Fact]
    public void Parse_LocalTimeInSpringForwardGap_MovesForwardByGap() =>
        Assert.Equal(Utc("2026-03-29 01:30"), Parsed("2026-03-29 01:30", Utc("2026-03-01 00:00")));

    [Fact]
    public void Parse_LocalTimeInFallBackOverlap_TakesEarlierInstant() =>
        Assert.Equal(Utc("2026-10-25 00:30"), Parsed("2026-10-25 01:30", Utc("2026-10-01 00:00")));

    [Fact]
    public void Parse_TomorrowAcrossSpringForward_KeepsWallClockTime() =>
        Assert.Equal(Utc("2026-03-29 08:00"), Parsed("tomorrow 09:00", Utc("2026-03-28 12:00")));

    [Fact]
    public void Parse_OtherZone_UsesThatZone()
    {
        var newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        Assert.Equal(Utc("2026-04-07 13:00"), Parsed("2026-04-07 09:00", zone: newYork));
    }

    [Theory]
    [InlineData("2026-04-07 08:00", "Europe/London", "2026-04-07 09:00 +01:00")]
    [InlineData("2026-01-15 09:00", "Europe/London", "2026-01-15 09:00 +00:00")]
    [InlineData("2026-04-07 13:00", "America/New_York", "2026-04-07 09:00 -04:00")]
    [InlineData("2026-04-07 03:30", "Asia/Kolkata", "2026-04-07 09:00 +05:30")]
    [InlineData("2026-04-07 09:00", "UTC", "2026-04-07 09:00 UTC")]
    public void Format_Instant_RendersLocalTimeAndOffset(string utc, string zoneId, string expected) =>
        Assert.Equal(expected, TimeExpression.Format(Utc(utc), TimeZoneInfo.FindSystemTimeZoneById(zoneId)));

    [Theory]
    [InlineData("2026-10-25 00:30")] // 01:30 BST
    [InlineData("2026-10-25 01:30")] // 01:30 GMT — the second, ambiguous one
    [InlineData("2026-03-29 01:00")]
    [InlineData("2026-07-01 23:59")]
    public void Format_ThenParse_RoundTripsInstant(string utc)
    {
        var text = TimeExpression.Format(Utc(utc), London);
        Assert.Equal(Utc(utc), Parsed(text));
    }
}
