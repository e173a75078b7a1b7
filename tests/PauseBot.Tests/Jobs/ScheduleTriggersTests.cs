using PauseBot.Core.Scheduling;
using PauseBot.Jobs;
using Quartz;

namespace PauseBot.Tests.Jobs;

public class ScheduleTriggersTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    private static StatusSchedule Schedule(string spec) =>
        new("chordus", ScheduleSpec.Parse(spec).Spec!, "U0LEAD", new DateTimeOffset(2026, 3, 20, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Triggers_DailyNineInLondon_StaysNineLocalAcrossTheMarchChange()
    {
        var trigger = Assert.Single(ScheduleTriggers.Triggers(Schedule("daily 09:00"), London, new DateTimeOffset(2026, 3, 27, 0, 0, 0, TimeSpan.Zero)));
        var fires = new List<DateTimeOffset>();
        DateTimeOffset? after = new DateTimeOffset(2026, 3, 27, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 4; i++)
        {
            after = trigger.GetFireTimeAfter(after);
            fires.Add(after!.Value);
        }

        Assert.All(fires, f => Assert.Equal(new TimeOnly(9, 0), TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(f, London).DateTime)));
        Assert.Equal(new DateTimeOffset(2026, 3, 28, 9, 0, 0, TimeSpan.Zero), fires[1]);   // GMT
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 8, 0, 0, TimeSpan.Zero), fires[2]);   // BST from that morning
    }

    [Fact]
    public void Triggers_WeekdaysTwoTimes_OneCronEachAndFireOnceAfterDowntime()
    {
        var triggers = ScheduleTriggers.Triggers(Schedule("weekdays 09:00,17:30"), London, new DateTimeOffset(2026, 3, 27, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(2, triggers.Count);
        Assert.All(triggers, t => Assert.Equal((int)CronTriggerMisfireInstruction.FireAndProceed, (int)((ICronTrigger)t).MisfireInstruction));
    }

    [Fact]
    public void Triggers_EveryFourHours_IntervalFromCreationFiringOnceAfterDowntime()
    {
        var schedule = Schedule("every 4h");
        var trigger = Assert.IsAssignableFrom<ISimpleTrigger>(Assert.Single(ScheduleTriggers.Triggers(schedule, London, schedule.CreatedAt.AddHours(5))));

        Assert.Equal(schedule.CreatedAt.AddHours(8), trigger.StartTimeUtc);
        Assert.Equal(TimeSpan.FromHours(4), trigger.RepeatInterval);
        Assert.Equal((int)SimpleTriggerMisfireInstruction.NowWithExistingCount, (int)trigger.MisfireInstruction);
    }
}
