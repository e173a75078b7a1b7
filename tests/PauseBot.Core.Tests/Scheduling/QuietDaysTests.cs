using System.Globalization;
using PauseBot.Core.Scheduling;

namespace PauseBot.Core.Tests.Scheduling;

public class QuietDaysTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static readonly DateOnly Christmas = new(2026, 12, 25);

    private static DateTimeOffset Utc(string text) => DateTimeOffset.ParseExact(
        text, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    [Theory]
    [InlineData("2026-04-11", true)] // Saturday
    [InlineData("2026-04-12", true)] // Sunday
    [InlineData("2026-04-13", false)] // Monday
    [InlineData("2026-12-25", true)] // listed date
    public void IsQuiet_WeekendsAndListedDates_AreQuiet(string date, bool expected) =>
        Assert.Equal(expected, new QuietDays(true, [Christmas]).IsQuiet(DateOnly.Parse(date, CultureInfo.InvariantCulture)));

    [Fact]
    public void IsQuiet_WeekendsNotQuiet_OnlyListedDates()
    {
        var quiet = new QuietDays(false, [Christmas]);
        Assert.False(quiet.IsQuiet(new DateOnly(2026, 4, 11)));
        Assert.True(quiet.IsQuiet(Christmas));
        Assert.False(QuietDays.None.IsQuiet(Christmas));
    }

    [Fact]
    public void NextWorkingInstant_WorkingDay_ReturnsUnchanged()
    {
        var instant = Utc("2026-04-07 08:00");
        Assert.Equal(instant, new QuietDays(true, [Christmas]).NextWorkingInstant(instant, London));
    }

    [Fact]
    public void NextWorkingInstant_Saturday_MovesToMondaySameLocalTime() =>
        Assert.Equal(Utc("2026-04-13 08:00"), new QuietDays(true).NextWorkingInstant(Utc("2026-04-11 08:00"), London));

    [Fact]
    public void NextWorkingInstant_ChristmasThenWeekend_MovesPastAllQuietDays() =>
        Assert.Equal(Utc("2026-12-28 14:30"),
            new QuietDays(true, [Christmas]).NextWorkingInstant(Utc("2026-12-25 14:30"), London));

    [Fact]
    public void NextWorkingInstant_AcrossSpringForward_KeepsLocalTimeOfDay() =>
        // Sat 09:00 GMT → Mon 09:00 BST.
        Assert.Equal(Utc("2026-03-30 08:00"), new QuietDays(true).NextWorkingInstant(Utc("2026-03-28 09:00"), London));

    [Fact]
    public void NextWorkingInstant_UsesLocalDateNotUtcDate() =>
        // Fri 23:30 UTC is already Sat 00:30 BST locally.
        Assert.Equal(Utc("2026-04-12 23:30"), new QuietDays(true).NextWorkingInstant(Utc("2026-04-10 23:30"), London));
}
