using PauseBot.Core.Scheduling;

namespace PauseBot.Core.Tests.Scheduling;

public class ZoneTimeTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    [Theory]
    [InlineData(2026, 1, 15, 9, 0, 9, 0)] // GMT
    [InlineData(2026, 7, 1, 9, 0, 8, 0)] // BST
    [InlineData(2026, 3, 29, 1, 0, 1, 0)] // gap start → 02:00 BST
    [InlineData(2026, 3, 29, 1, 30, 1, 30)] // gap → 02:30 BST
    [InlineData(2026, 3, 29, 2, 0, 1, 0)] // first valid BST time
    [InlineData(2026, 10, 25, 1, 30, 0, 30)] // ambiguous → earlier (BST)
    [InlineData(2026, 10, 25, 2, 0, 2, 0)] // after the overlap
    public void ToUtc_LocalTime_ResolvesDstEdges(int y, int mo, int d, int h, int mi, int utcH, int utcMi)
    {
        var result = ZoneTime.ToUtc(new DateOnly(y, mo, d), new TimeOnly(h, mi), London);
        Assert.Equal(TimeSpan.Zero, result.Offset);
        Assert.Equal(new DateTimeOffset(y, mo, d, utcH, utcMi, 0, TimeSpan.Zero), result);
    }

    [Fact]
    public void ToUtc_IgnoresDateTimeKind() =>
        Assert.Equal(
            ZoneTime.ToUtc(new DateTime(2026, 7, 1, 9, 0, 0, DateTimeKind.Unspecified), London),
            ZoneTime.ToUtc(new DateTime(2026, 7, 1, 9, 0, 0, DateTimeKind.Utc), London));

    [Fact]
    public void ToLocal_Instant_ReturnsWallClock()
    {
        var local = ZoneTime.ToLocal(new DateTimeOffset(2026, 10, 25, 1, 30, 0, TimeSpan.Zero), London);
        Assert.Equal(new DateTime(2026, 10, 25, 1, 30, 0), local); // second 01:30, GMT
        Assert.Equal(DateTimeKind.Unspecified, local.Kind);
    }

    [Fact]
    public void LocalDate_LateUtcEvening_IsNextLocalDayInSummer() =>
        Assert.Equal(new DateOnly(2026, 7, 2), ZoneTime.LocalDate(new DateTimeOffset(2026, 7, 1, 23, 30, 0, TimeSpan.Zero), London));
}
