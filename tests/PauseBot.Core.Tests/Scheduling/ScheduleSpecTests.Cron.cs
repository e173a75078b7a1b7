using PauseBot.Core.Scheduling;

namespace PauseBot.Core.Tests.Scheduling;

public partial class ScheduleSpecTests
{
    [Theory]
    [InlineData("daily 09:00", new[] { "0 0 9 ? * *" })]
    [InlineData("weekdays 09:00,17:00", new[] { "0 0 9,17 ? * MON-FRI" })]
    [InlineData("weekdays 09:00,17:30", new[] { "0 0 9 ? * MON-FRI", "0 30 17 ? * MON-FRI" })]
    [InlineData("daily 17:30,08:00,09:30", new[] { "0 0 8 ? * *", "0 30 9,17 ? * *" })]
    [InlineData("every monday 10:00", new[] { "0 0 10 ? * MON" })]
    [InlineData("every thu,mon,sun 10:05", new[] { "0 5 10 ? * MON,THU,SUN" })]
    public void ToQuartzCron_WallClockKinds_ReturnsExactExpressions(string text, string[] expected) =>
        Assert.Equal(expected, Spec(text).ToQuartzCron());

    [Fact]
    public void ToQuartzCron_Interval_ReturnsEmpty() => Assert.Empty(Spec("every 4h").ToQuartzCron());
}
