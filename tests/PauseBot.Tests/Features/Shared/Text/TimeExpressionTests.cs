using PauseBot.Features.Shared.Text;

namespace PauseBot.Tests.Features.Shared.Text;

public partial class TimeExpressionTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    // Tuesday 2026-04-07 11:00 BST.
    private static readonly DateTimeOffset Now = Utc("2026-04-07 10:00");

    private static DateTimeOffset Utc(string text) =>
        DateTimeOffset.ParseExact(
            text, ["yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss"], System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AssumeUniversal);

    private static DateTimeOffset Parsed(string input, DateTimeOffset? now = null, TimeZoneInfo? zone = null)
    {
        var result = TimeExpression.Parse(input, now ?? Now, zone ?? London);
        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(TimeSpan.Zero, result.Instant.Offset);
        return result.Instant;
    }

    [Theory]
    [InlineData("now")]
    [InlineData("  NOW ")]
    public void Parse_Now_ReturnsNow(string input) => Assert.Equal(Now, Parsed(input));

    [Theory]
    [InlineData("in 30s", 30)]
    [InlineData("in 15m", 15 * 60)]
    [InlineData("in 2h", 2 * 3600)]
    [InlineData("in 3d", 3 * 86400)]
    [InlineData("in 1w", 7 * 86400)]
    [InlineData("in 90 minutes", 90 * 60)]
    [InlineData("in 2 hours", 2 * 3600)]
    [InlineData("in 3 days", 3 * 86400)]
    [InlineData("IN 2H", 2 * 3600)]
    public void Parse_Relative_AddsDurationToNow(string input, int seconds) =>
        Assert.Equal(Now.AddSeconds(seconds), Parsed(input));

    [Fact]
    public void Parse_RelativeAcrossDst_IsExactElapsedTime() =>
        Assert.Equal(Utc("2026-03-29 12:00"), Parsed("in 1d", Utc("2026-03-28 12:00")));

    [Theory]
    [InlineData("in 0m")]
    [InlineData("in 999999999w")]
    public void Parse_RelativeOutOfRange_ReturnsError(string input)
    {
        var result = TimeExpression.Parse(input, Now, London);
        Assert.False(result.IsSuccess);
        Assert.Contains("isn't a usable amount of time", result.Error);
    }

    [Theory]
    [InlineData("2026-04-07 09:00", "2026-04-07 08:00:00")]
    [InlineData("2026-04-07T09:00", "2026-04-07 08:00:00")]
    [InlineData("2026-04-07 09:00:30", "2026-04-07 08:00:30")]
    [InlineData("2026-01-15 09:00", "2026-01-15 09:00:00")]
    [InlineData("2026-04-07", "2026-04-06 23:00:00")]
    [InlineData("2026-04-07 9am", "2026-04-07 08:00:00")]
    public void Parse_DateAndLocalTime_UsesZone(string input, string expectedUtc) =>
        Assert.Equal(Utc(expectedUtc), Parsed(input));

    [Theory]
    [InlineData("2026-04-07 09:00Z", "2026-04-07 09:00:00")]
    [InlineData("2026-04-07T09:00+02:00", "2026-04-07 07:00:00")]
    [InlineData("2026-04-07 09:00 +0200", "2026-04-07 07:00:00")]
    [InlineData("2026-04-07 09:00 UTC", "2026-04-07 09:00:00")]
    [InlineData("2026-04-07t09:00-05:30", "2026-04-07 14:30:00")]
    public void Parse_ExplicitOffset_IgnoresZone(string input, string expectedUtc) =>
        Assert.Equal(Utc(expectedUtc), Parsed(input));

    [Theory]
    [InlineData("today 17:00", "2026-04-07 16:00:00")]
    [InlineData("today 09:00", "2026-04-07 08:00:00")]
    [InlineData("tomorrow 09:00", "2026-04-08 08:00:00")]
    [InlineData("Tomorrow 9am", "2026-04-08 08:00:00")]
    [InlineData("tomorrow at 9 am", "2026-04-08 08:00:00")]
    [InlineData("9am tomorrow", "2026-04-08 08:00:00")]
    [InlineData("tomorrow", "2026-04-07 23:00:00")]
    public void Parse_TodayAndTomorrow_ResolvesLocalDay(string input, string expectedUtc) =>
        Assert.Equal(Utc(expectedUtc), Parsed(input));

    [Theory]
    [InlineData("tuesday 17:00", "2026-04-07 16:00:00")] // today, still ahead
    [InlineData("tue 10:00", "2026-04-14 09:00:00")] // today but passed → next week
    [InlineData("tuesday 11:00", "2026-04-14 10:00:00")] // exactly now is not "future"
    [InlineData("friday 17:30", "2026-04-10 16:30:00")]
    [InlineData("MON 09:00", "2026-04-13 08:00:00")]
    [InlineData("friday", "2026-04-09 23:00:00")]
    [InlineData("tuesday", "2026-04-13 23:00:00")]
    public void Parse_Weekday_NextFutureOccurrence(string input, string expectedUtc) =>
        Assert.Equal(Utc(expectedUtc), Parsed(input));

    [Theory]
    [InlineData("17:00", "2026-04-07 16:00:00")]
    [InlineData("10:00", "2026-04-08 09:00:00")]
    [InlineData("5:30pm", "2026-04-07 16:30:00")]
    [InlineData("12pm", "2026-04-07 11:00:00")]
    [InlineData("12am", "2026-04-07 23:00:00")]
    [InlineData("noon", "2026-04-07 11:00:00")]
    public void Parse_TimeAlone_TodayIfAheadElseTomorrow(string input, string expectedUtc) =>
        Assert.Equal(Utc(expectedUtc), Parsed(input));
}
