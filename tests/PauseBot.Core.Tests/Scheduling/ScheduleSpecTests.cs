using PauseBot.Core.Scheduling;

namespace PauseBot.Core.Tests.Scheduling;

public partial class ScheduleSpecTests
{
    private static ScheduleSpec Spec(string text)
    {
        var result = ScheduleSpec.Parse(text);
        Assert.True(result.IsSuccess, result.Error?.ToString());
        return result.Spec;
    }

    private static ScheduleSpecError Error(string text)
    {
        var result = ScheduleSpec.Parse(text);
        Assert.False(result.IsSuccess);
        Assert.Null(result.Spec);
        return result.Error;
    }

    [Fact]
    public void Parse_Daily_HasAllDaysAndTime()
    {
        var spec = Spec("daily 09:00");
        Assert.Equal(ScheduleKind.Daily, spec.Kind);
        Assert.Equal([new TimeOnly(9, 0)], spec.Times);
        Assert.Equal(7, spec.Days.Count);
        Assert.Null(spec.Interval);
    }

    [Fact]
    public void Parse_WeekdaysWithSeveralTimes_SortsAndDedupes()
    {
        var spec = Spec("Weekdays 17:00, 09:00,17:00");
        Assert.Equal(ScheduleKind.Weekdays, spec.Kind);
        Assert.Equal([new TimeOnly(9, 0), new TimeOnly(17, 0)], spec.Times);
        Assert.Equal(
            [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday],
            spec.OrderedDays);
    }

    [Theory]
    [InlineData("every monday 10:00", new[] { DayOfWeek.Monday })]
    [InlineData("every thu,mon 10:00", new[] { DayOfWeek.Monday, DayOfWeek.Thursday })]
    [InlineData("every sun, sat at 10am", new[] { DayOfWeek.Saturday, DayOfWeek.Sunday })]
    [InlineData("weekly friday 10:00", new[] { DayOfWeek.Friday })]
    public void Parse_Weekly_CollectsDays(string text, DayOfWeek[] days)
    {
        var spec = Spec(text);
        Assert.Equal(ScheduleKind.Weekly, spec.Kind);
        Assert.Equal(days, spec.OrderedDays);
        Assert.Equal([new TimeOnly(10, 0)], spec.Times);
    }

    [Theory]
    [InlineData("every 4h", 240)]
    [InlineData("every 30m", 30)]
    [InlineData("every 15m", 15)]
    [InlineData("every 90 minutes", 90)]
    [InlineData("every 2 hours", 120)]
    [InlineData("every hour", 60)]
    [InlineData("every 1w", 7 * 24 * 60)]
    public void Parse_Interval_SetsStep(string text, int minutes)
    {
        var spec = Spec(text);
        Assert.Equal(ScheduleKind.Interval, spec.Kind);
        Assert.Equal(TimeSpan.FromMinutes(minutes), spec.Interval);
        Assert.Empty(spec.Times);
        Assert.Empty(spec.Days);
    }

    [Theory]
    [InlineData("", typeof(ScheduleSpecError.Empty))]
    [InlineData("hourly", typeof(ScheduleSpecError.Unreadable))]
    [InlineData("every 5m", typeof(ScheduleSpecError.TooOften))]
    [InlineData("every 8d", typeof(ScheduleSpecError.TooRare))]
    [InlineData("every 0h", typeof(ScheduleSpecError.NotAnInterval))]
    [InlineData("every 90s", typeof(ScheduleSpecError.NotWholeMinutes))]
    [InlineData("daily", typeof(ScheduleSpecError.MissingTime))]
    [InlineData("daily 9:75", typeof(ScheduleSpecError.NotATimeOfDay))]
    [InlineData("weekdays 09:00,lunch", typeof(ScheduleSpecError.NotATime))]
    [InlineData("daily 09:00:30", typeof(ScheduleSpecError.HasSeconds))]
    [InlineData("every mnday 10:00", typeof(ScheduleSpecError.NotAWeekday))]
    [InlineData("every monday", typeof(ScheduleSpecError.MissingTime))]
    [InlineData("every 10:00", typeof(ScheduleSpecError.MissingDay))]
    public void Parse_Invalid_SaysWhatIsWrong(string text, Type expected) =>
        Assert.IsType(expected, Error(text));

    [Fact]
    public void Parse_TooOften_NamesTheTextAndTheShortestInterval() =>
        Assert.Equal(new ScheduleSpecError.TooOften("every 5m", ScheduleSpec.MinInterval), Error("every 5m"));

    [Theory]
    [InlineData("daily 9am,17:30", "daily 09:00,17:30")]
    [InlineData("every day at 09:00", "daily 09:00")]
    [InlineData("every weekday 9:00", "weekdays 09:00")]
    [InlineData("weekly Friday 16:00", "every fri 16:00")]
    [InlineData("every thursday,monday 10:00", "every mon,thu 10:00")]
    [InlineData("every 120m", "every 2h")]
    [InlineData("every 90 minutes", "every 90m")]
    [InlineData("every 24h", "every 1d")]
    public void ToString_ReturnsCanonicalText(string text, string canonical) =>
        Assert.Equal(canonical, Spec(text).ToString());

    [Theory]
    [InlineData("daily 09:00,17:30")]
    [InlineData("weekdays 00:00,23:59")]
    [InlineData("every mon,wed,sun 10:15")]
    [InlineData("every 45m")]
    [InlineData("every 3d")]
    public void ToString_Canonical_RoundTripsThroughParse(string canonical)
    {
        var spec = Spec(canonical);
        Assert.Equal(canonical, spec.ToString());
        Assert.Equal(spec, Spec(spec.ToString()));
        Assert.Equal(spec.GetHashCode(), Spec(spec.ToString()).GetHashCode());
    }
}
