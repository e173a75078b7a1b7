using PauseBot.Core.Pauses;

namespace PauseBot.Core.Tests.Pauses;

public class BillableRuleTests
{
    private static readonly DateTimeOffset Cutoff = new(2026, 4, 7, 9, 0, 0, TimeSpan.Zero);

    private static Pause ActivePause(DateTimeOffset? now = null) =>
        Pause.Start("chordus", new PauseDetails("Scope is being reassessed", Cutoff), "ULEAD", now ?? Cutoff);

    [Fact]
    public void IsBillable_NoPauses_True() => Assert.True(BillableRule.IsBillable([], Cutoff));

    [Fact]
    public void IsBillable_ExactlyAtCutoff_False() => Assert.False(BillableRule.IsBillable([ActivePause()], Cutoff));

    [Fact]
    public void IsBillable_OneTickBeforeCutoff_True() =>
        Assert.True(BillableRule.IsBillable([ActivePause()], Cutoff.AddTicks(-1)));

    [Fact]
    public void IsBillable_AfterResume_True()
    {
        var pause = ActivePause();
        var resumeAt = Cutoff.AddDays(3);
        pause.Resume("ULEAD", resumeAt, null, "back on");
        Assert.False(BillableRule.IsBillable([pause], resumeAt.AddTicks(-1)));
        Assert.True(BillableRule.IsBillable([pause], resumeAt));
        Assert.True(BillableRule.IsBillable([pause], Cutoff.AddTicks(-1)));
    }

    [Fact]
    public void IsBillable_ScheduledNotYetInEffect_TrueBeforeAndFalseFromCutoff()
    {
        var pause = ActivePause(now: Cutoff.AddHours(-2));
        Assert.Equal(PauseState.Scheduled, pause.State);
        Assert.True(BillableRule.IsBillable([pause], Cutoff.AddHours(-1)));
        Assert.False(BillableRule.IsBillable([pause], Cutoff));
    }

    [Fact]
    public void IsBillable_Cancelled_AlwaysTrue()
    {
        var pause = ActivePause(now: Cutoff.AddHours(-2));
        Assert.Equal(ResumeKind.Cancelled, pause.Resume("ULEAD", Cutoff.AddHours(-1), null, null));
        Assert.True(BillableRule.IsBillable([pause], Cutoff.AddDays(1)));
    }

    [Fact]
    public void IsBillable_ScheduledResume_BillableFromThatInstant()
    {
        var pause = ActivePause();
        var at = Cutoff.AddDays(1);
        Assert.Equal(ResumeKind.Scheduled, pause.Resume("ULEAD", Cutoff.AddHours(1), at, null));
        Assert.False(BillableRule.IsBillable([pause], at.AddTicks(-1)));
        Assert.True(BillableRule.IsBillable([pause], at));
    }

    [Fact]
    public void BlockingPause_TwoPauses_ReturnsTheOneCoveringTheInstant()
    {
        var first = ActivePause();
        first.Resume("ULEAD", Cutoff.AddDays(1), null, null);
        var second = Pause.Start("chordus", new PauseDetails("again"), "ULEAD", Cutoff.AddDays(5));
        Assert.Same(second, BillableRule.BlockingPause([first, second], Cutoff.AddDays(6)));
        Assert.Null(BillableRule.BlockingPause([first, second], Cutoff.AddDays(2)));
    }

    [Theory]
    [InlineData(BackdatePolicy.Cutoff, false)]
    [InlineData(BackdatePolicy.Announcement, true)]
    public void IsBillable_BetweenBackdatedCutoffAndAnnouncement_DecidedByThePolicy(BackdatePolicy policy, bool billable)
    {
        var announced = Cutoff.AddHours(5);
        var pause = Pause.Start("chordus", new PauseDetails("Client halted work", Cutoff), "ULEAD", announced, policy);

        Assert.Equal(billable, BillableRule.IsBillable([pause], Cutoff.AddHours(2)));
        Assert.True(BillableRule.IsBillable([pause], Cutoff.AddTicks(-1)));
        Assert.False(BillableRule.IsBillable([pause], announced));
    }
}
