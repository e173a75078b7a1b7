using System.Globalization;
using PauseBot.Core.Scheduling;

namespace PauseBot.Core.Tests.Scheduling;

public partial class ScheduleSpecTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    private static DateTimeOffset Utc(string text) => DateTimeOffset.ParseExact(
        text, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private static DateTimeOffset? Next(string spec, string afterUtc, Func<DateOnly, bool>? quiet = null, string? anchor = null) =>
        Spec(spec).NextOccurrence(Utc(afterUtc), London, quiet, anchor is null ? null : Utc(anchor));

    [Theory]
    [InlineData("daily 09:00", "2026-04-07 07:00", "2026-04-07 08:00")] // 09:00 BST
    [InlineData("daily 09:00", "2026-04-07 08:00", "2026-04-08 08:00")] // strictly after
    [InlineData("daily 09:00,17:00", "2026-04-07 09:00", "2026-04-07 16:00")]
    [InlineData("weekdays 09:00", "2026-04-10 16:00", "2026-04-13 08:00")] // Fri → Mon
    [InlineData("every mon,thu 10:00", "2026-04-07 10:00", "2026-04-09 09:00")] // Tue → Thu
    public void NextOccurrence_WallClock_ReturnsFirstFiringStrictlyAfter(string spec, string after, string expected) =>
        Assert.Equal(Utc(expected), Next(spec, after));

    [Theory]
    [InlineData("2026-03-28 09:00", "2026-03-29 08:00")] // 09:00 GMT → 09:00 BST
    [InlineData("2026-10-24 08:00", "2026-10-25 09:00")] // 09:00 BST → 09:00 GMT
    public void NextOccurrence_DailyAcrossDstChange_KeepsLocalWallClock(string after, string expected)
    {
        var next = Next("daily 09:00", after);
        Assert.Equal(Utc(expected), next);
        Assert.Equal(new TimeOnly(9, 0), TimeOnly.FromDateTime(ZoneTime.ToLocal(next!.Value, London)));
    }

    [Fact]
    public void NextOccurrence_TimeInSpringGap_FiresOnceAtShiftedInstant()
    {
        var first = Next("daily 01:30", "2026-03-29 00:00");
        Assert.Equal(Utc("2026-03-29 01:30"), first); // 02:30 BST
        Assert.Equal(Utc("2026-03-30 00:30"), Spec("daily 01:30").NextOccurrence(first!.Value, London));
    }

    [Fact]
    public void NextOccurrence_TimeInAutumnOverlap_FiresOnceAtEarlierInstant()
    {
        var first = Next("daily 01:30", "2026-10-25 00:00");
        Assert.Equal(Utc("2026-10-25 00:30"), first); // 01:30 BST
        Assert.Equal(Utc("2026-10-26 01:30"), Spec("daily 01:30").NextOccurrence(first!.Value, London));
    }

    [Fact]
    public void NextOccurrence_GapTimeAndLaterTime_BothFireInInstantOrder()
    {
        var spec = Spec("daily 01:30,02:00");
        var a = spec.NextOccurrence(Utc("2026-03-29 00:00"), London);
        var b = spec.NextOccurrence(a!.Value, London);
        var c = spec.NextOccurrence(b!.Value, London);
        Assert.Equal([Utc("2026-03-29 01:00"), Utc("2026-03-29 01:30"), Utc("2026-03-30 00:30")], [a.Value, b!.Value, c!.Value]);
    }

    [Fact]
    public void NextOccurrence_QuietDay_IsSkipped() =>
        Assert.Equal(Utc("2026-12-28 09:00"),
            Next("daily 09:00", "2026-12-24 10:00", new QuietDays(true, [new DateOnly(2026, 12, 25)]).IsQuiet));

    [Fact]
    public void NextOccurrence_EveryDayQuiet_ReturnsNull() => Assert.Null(Next("daily 09:00", "2026-04-07 00:00", _ => true));

    [Theory]
    [InlineData("2026-04-07 11:00", "2026-04-07 14:00")]
    [InlineData("2026-04-07 14:00", "2026-04-07 18:00")]
    [InlineData("2026-04-06 00:00", "2026-04-07 14:00")] // before the anchor: first step after it
    [InlineData("2026-04-09 09:59", "2026-04-09 10:00")]
    public void NextOccurrence_Interval_CountsFixedStepsFromAnchor(string after, string expected) =>
        Assert.Equal(Utc(expected), Next("every 4h", after, anchor: "2026-04-07 10:00"));

    [Fact]
    public void NextOccurrence_IntervalWithoutAnchor_IsOneStepAfter() =>
        Assert.Equal(Utc("2026-04-07 10:30"), Next("every 30m", "2026-04-07 10:00"));

    [Fact]
    public void NextOccurrence_IntervalAcrossDst_StaysFixedElapsedTime() =>
        Assert.Equal(Utc("2026-03-29 12:00"), Next("every 1d", "2026-03-29 00:00", anchor: "2026-03-28 12:00"));

    [Fact]
    public void NextOccurrence_IntervalOnQuietWeekend_SkipsToFirstStepOnWorkingDay() =>
        // Anchor Fri 21:00 BST; Sat/Sun steps are quiet; Mon 00:00 UTC = Mon 01:00 BST.
        Assert.Equal(Utc("2026-04-13 00:00"),
            Next("every 4h", "2026-04-10 23:00", new QuietDays(true).IsQuiet, anchor: "2026-04-10 20:00"));

    [Fact]
    public void NextOccurrence_IntervalAllQuiet_ReturnsNull() =>
        Assert.Null(Next("every 15m", "2026-04-07 00:00", _ => true, anchor: "2026-04-07 00:00"));
}
