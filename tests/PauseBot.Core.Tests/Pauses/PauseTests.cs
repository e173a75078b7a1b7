using PauseBot.Core.Pauses;

namespace PauseBot.Core.Tests.Pauses;

public class PauseTests
{
    private static readonly DateTimeOffset Now = new(2026, 4, 7, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Start_WithoutAt_IsActiveAtNow()
    {
        var pause = Pause.Start("chordus", new PauseDetails("reason"), "ULEAD", Now);
        Assert.Equal(PauseState.Active, pause.State);
        Assert.Equal(Now, pause.EffectiveAt);
        Assert.Equal(Now, pause.AnnouncedAt);
        Assert.False(pause.IsBackdated);
    }

    [Fact]
    public void Start_CutoffInThePast_ActiveFromTheCutoffAnnouncedNow()
    {
        var pause = Pause.Start("chordus", new PauseDetails("reason", Now.AddHours(-3)), "ULEAD", Now);
        Assert.Equal(PauseState.Active, pause.State);
        Assert.Equal((Now.AddHours(-3), Now), (pause.EffectiveAt, pause.AnnouncedAt));
        Assert.True(pause.IsBackdated);
        Assert.Equal(BackdatePolicy.Cutoff, pause.BackdatePolicy);
        Assert.Equal(Now.AddHours(-3), pause.NotBillableFrom);
    }

    [Fact]
    public void Start_CutoffAhead_AnnouncedAtTheCutoffWhateverThePolicy()
    {
        var pause = Pause.Start("chordus", new PauseDetails("reason", Now.AddHours(3)), "ULEAD", Now, BackdatePolicy.Announcement);
        Assert.Equal(Now.AddHours(3), pause.AnnouncedAt);
        Assert.False(pause.IsBackdated);
        Assert.Equal(Now.AddHours(3), pause.NotBillableFrom);
    }

    [Fact]
    public void TryActivate_BeforeAndAtEffectiveInstant_ActivatesOnce()
    {
        var pause = Pause.Start("chordus", new PauseDetails("reason", Now.AddMinutes(5)), "ULEAD", Now);
        Assert.False(pause.TryActivate(Now.AddMinutes(4)));
        Assert.True(pause.TryActivate(Now.AddMinutes(5)));
        Assert.False(pause.TryActivate(Now.AddMinutes(6)));
        Assert.Equal(PauseState.Active, pause.State);
    }

    [Fact]
    public void Resume_EndedPause_ThrowsDomainException()
    {
        var pause = Pause.Start("chordus", new PauseDetails("reason"), "ULEAD", Now);
        pause.Resume("ULEAD", Now.AddHours(1), null, null);
        Assert.Throws<DomainException>(() => pause.Resume("ULEAD", Now.AddHours(2), null, null));
    }

    [Fact]
    public void TryCompleteScheduledResume_AtInstant_EndsAtScheduledInstant()
    {
        var pause = Pause.Start("chordus", new PauseDetails("reason"), "ULEAD", Now);
        pause.Resume("ULEAD", Now, Now.AddSeconds(5), "back");
        Assert.False(pause.TryCompleteScheduledResume(Now.AddSeconds(4)));
        Assert.True(pause.TryCompleteScheduledResume(Now.AddSeconds(7)));
        Assert.Equal(PauseState.Ended, pause.State);
        Assert.Equal(Now.AddSeconds(5), pause.EndedAt);
        Assert.False(pause.TryCompleteScheduledResume(Now.AddSeconds(8)));
    }

    [Fact]
    public void Acknowledge_Twice_RecordsOnce()
    {
        var pause = Pause.Start("chordus", new PauseDetails("reason"), "ULEAD", Now);
        Assert.True(pause.Acknowledge("UCORA", Now));
        Assert.False(pause.Acknowledge("UCORA", Now.AddMinutes(1)));
        Assert.Single(pause.Acknowledgements);
    }

    [Fact]
    public void Start_UntilBeforeEffective_ThrowsDomainException() =>
        Assert.Throws<DomainException>(() =>
            Pause.Start("chordus", new PauseDetails("r", Now.AddHours(2), ExpectedResumeAt: Now.AddHours(1)), "ULEAD", Now));
}
