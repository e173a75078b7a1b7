using PauseBot.Features.Trackers;
using PauseBot.TimeTracking;

namespace PauseBot.Tests.Features.Trackers;

public sealed class TrackerHoursCheckTests
{
    private static readonly DateTimeOffset Cutoff = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Day = new(2026, 3, 10);

    private static TrackerTimeEntry Entry(DateOnly date, DateTimeOffset? loggedAt) => new("1", "Jane Doe", null, 1.5m, date, false, loggedAt);

    [Fact]
    public void IsLate_LoggedAtOrAfterTheCutoff_Late()
    {
        Assert.True(TrackerHoursCheck.IsLate(Entry(Day, Cutoff), Cutoff, Day));
        Assert.True(TrackerHoursCheck.IsLate(Entry(Day.AddDays(1), Cutoff.AddHours(20)), Cutoff, Day));
    }

    [Fact]
    public void IsLate_LoggedBeforeTheCutoffOnItsDay_NotLate() =>
        Assert.False(TrackerHoursCheck.IsLate(Entry(Day, Cutoff.AddMinutes(-1)), Cutoff, Day));

    [Fact]
    public void IsLate_BackfilledForADayWellBeforeTheCutoff_NotLate() =>
        Assert.False(TrackerHoursCheck.IsLate(Entry(Day.AddDays(-3), Cutoff.AddHours(1)), Cutoff, Day));

    [Fact]
    public void IsLate_NoInstant_OnlyDaysAfterTheCutoffDay()
    {
        Assert.False(TrackerHoursCheck.IsLate(Entry(Day, null), Cutoff, Day));
        Assert.True(TrackerHoursCheck.IsLate(Entry(Day.AddDays(1), null), Cutoff, Day));
    }
}
