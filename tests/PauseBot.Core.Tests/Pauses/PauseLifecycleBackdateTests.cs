using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using PauseBot.Core.Access;
using PauseBot.Core.Audit;
using PauseBot.Core.Pauses;
using PauseBot.Core.Projects;

namespace PauseBot.Core.Tests.Pauses;

/// <summary>Backdated cutoffs: the limit, the confirmation (a draft used once), cancel, and resumes that can't be backdated.</summary>
public class PauseLifecycleBackdateTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 14, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Cutoff = Now.AddHours(-5);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private readonly IProjectStore _projects = Substitute.For<IProjectStore>();
    private readonly IPauseStore _pauses = Substitute.For<IPauseStore>();
    private readonly IAuditLog _auditLog = Substitute.For<IAuditLog>();
    private readonly Project _project = Project.Create("chordus", "Chordus", "CCHORDUS", "UADMIN", Now.AddDays(-30));
    private readonly List<AuditEvent> _audit = [];
    private readonly FakeTimeProvider _time = new(Now);
    private readonly Actor _lee = new("ULEE", false);

    public PauseLifecycleBackdateTests()
    {
        _project.AddLead("ULEE");
        _project.AddLead("ULIN");
        _projects.FindProjectAsync("chordus", Arg.Any<CancellationToken>()).Returns(_project);
        _auditLog.When(s => s.AddAudit(Arg.Any<AuditEvent>())).Do(c => _audit.Add(c.Arg<AuditEvent>()));
        _pauses.DraftsBeforeAsync(Arg.Any<DateTimeOffset>(), Arg.Any<CancellationToken>()).Returns([]);
    }

    private PauseLifecycle CreateSut(BackdateRules? rules = null) => new(_projects, _pauses, _auditLog, _time, rules);

    private async Task<PauseDraft> DraftAsync()
    {
        var confirm = Assert.IsType<BackdateToConfirm>(await CreateSut().PauseAsync(_lee, "chordus", new PauseDetails("Client halted work", Cutoff), Ct));
        _pauses.FindDraftAsync(confirm.Draft.Id, Arg.Any<CancellationToken>()).Returns(confirm.Draft);
        return confirm.Draft;
    }

    [Fact]
    public async Task PauseAsync_Confirmed_PausesFromTheCutoffAnnouncedNowAndAuditsBoth()
    {
        var paused = Assert.IsType<Paused>(await CreateSut().PauseAsync(_lee, "chordus", new PauseDetails("Client halted work", Cutoff), true, Ct));

        Assert.Equal(PauseState.Active, paused.Pause.State);
        Assert.Equal(Cutoff, paused.Pause.EffectiveAt);
        Assert.Equal(Now, paused.Pause.AnnouncedAt);
        Assert.True(paused.Pause.IsBackdated);
        Assert.Equal(Cutoff, paused.Pause.NotBillableFrom);
        var audit = Assert.Single(_audit);
        Assert.Equal(("pause", "ok"), (audit.Action, audit.Outcome));
        Assert.Contains($"effective {Cutoff:O}", audit.Detail);
        Assert.Contains($"announced {Now:O}", audit.Detail);
        Assert.Contains("backdated 5h00m", audit.Detail);
    }

    [Fact]
    public async Task PauseAsync_BeyondMaxBackdate_RefusedNamingTheLimitAndNothingKept()
    {
        var outcome = await CreateSut().PauseAsync(_lee, "chordus", new PauseDetails("r", Now.AddDays(-7).AddMinutes(-1)), true, Ct);

        Assert.Equal(new Problem.TooFarBack(TimeSpan.FromDays(7)), Assert.IsType<Invalid>(outcome).What);
        _pauses.DidNotReceive().AddPause(Arg.Any<Pause>());
        _pauses.DidNotReceive().AddDraft(Arg.Any<PauseDraft>());
        Assert.Contains(_audit, a => a.Outcome == "refused:invalid" && a.Detail!.Contains("7d"));
    }

    [Fact]
    public async Task PauseAsync_ConfiguredLimit_IsTheOneApplied()
    {
        var outcome = await CreateSut(new BackdateRules(TimeSpan.FromHours(2), BackdatePolicy.Cutoff))
            .PauseAsync(_lee, "chordus", new PauseDetails("r", Cutoff), Ct);
        Assert.Equal(new Problem.TooFarBack(TimeSpan.FromHours(2)), Assert.IsType<Invalid>(outcome).What);
    }

    [Fact]
    public async Task PauseAsync_NoBackdatingAllowed_NowStillPauses()
    {
        var sut = CreateSut(BackdateRules.Default with { MaxBackdate = TimeSpan.Zero });
        Assert.IsType<Paused>(await sut.PauseAsync(_lee, "chordus", new PauseDetails("r", Now.AddMilliseconds(-3)), Ct));
        Assert.Equal(new Problem.TooFarBack(TimeSpan.Zero),
            Assert.IsType<Invalid>(await sut.PauseAsync(_lee, "chordus", new PauseDetails("r", Cutoff), true, Ct)).What);
    }

    [Fact]
    public async Task PauseAsync_WithinGrace_PausesAtOnceAsNotBackdated()
    {
        var paused = Assert.IsType<Paused>(await CreateSut().PauseAsync(_lee, "chordus", new PauseDetails("r", Now.AddSeconds(-20)), Ct));
        Assert.False(paused.Pause.IsBackdated);
        Assert.Equal(Now.AddSeconds(-20), paused.Pause.EffectiveAt);
    }

    [Fact]
    public async Task PauseAsync_BackdatedWithExpectedResumeAlreadyPast_Invalid()
    {
        var outcome = await CreateSut().PauseAsync(_lee, "chordus", new PauseDetails("r", Cutoff, ExpectedResumeAt: Now.AddHours(-1)), true, Ct);
        Assert.Equal(new Problem.InThePast(Field.Until), Assert.IsType<Invalid>(outcome).What);
    }

    [Fact]
    public async Task PauseAsync_AnnouncementPolicy_PauseKeepsItAndBillsUntilTheAnnouncement()
    {
        var paused = Assert.IsType<Paused>(await CreateSut(BackdateRules.Default with { Policy = BackdatePolicy.Announcement })
            .PauseAsync(_lee, "chordus", new PauseDetails("r", Cutoff), true, Ct));

        Assert.Equal(BackdatePolicy.Announcement, paused.Pause.BackdatePolicy);
        Assert.Equal(Now, paused.Pause.NotBillableFrom);
        Assert.Contains("policy announcement", Assert.Single(_audit).Detail);
    }

    [Fact]
    public async Task ConfirmAsync_Draft_PausesAndRemovesIt()
    {
        var draft = await DraftAsync();
        _time.Advance(TimeSpan.FromMinutes(3));

        var paused = Assert.IsType<Paused>(await CreateSut().ConfirmAsync(_lee, draft.Id, Ct));

        Assert.Equal(Cutoff, paused.Pause.EffectiveAt);
        Assert.Equal(Now.AddMinutes(3), paused.Pause.AnnouncedAt);
        Assert.Equal("Client halted work", paused.Pause.PublicReason);
        _pauses.Received(1).RemoveDraft(draft);
        _pauses.Received(1).AddPause(paused.Pause);
    }

    [Fact]
    public async Task ConfirmAsync_DraftGone_NothingChanges()
    {
        var outcome = await CreateSut().ConfirmAsync(_lee, Guid.NewGuid(), Ct);

        Assert.Equal(new NoChange.ConfirmationUsed(), Assert.IsType<Unchanged>(outcome).Why);
        _pauses.DidNotReceive().AddPause(Arg.Any<Pause>());
    }

    [Fact]
    public async Task ConfirmAsync_AnotherLead_RefusedAndDraftKept()
    {
        var draft = await DraftAsync();

        var outcome = await CreateSut().ConfirmAsync(new Actor("ULIN", false), draft.Id, Ct);

        Assert.Equal(new Refusal.NotYourRequest("chordus"), Assert.IsType<Refused>(outcome).Why);
        _pauses.DidNotReceive().RemoveDraft(Arg.Any<PauseDraft>());
        Assert.Contains(_audit, a => a.Actor == "ULIN" && a.Outcome == "refused:not-requester");
    }

    [Fact]
    public async Task ConfirmAsync_AfterItExpired_InvalidAndDraftRemoved()
    {
        var draft = await DraftAsync();
        _time.Advance(BackdateRules.ConfirmWithin + TimeSpan.FromSeconds(1));

        var outcome = await CreateSut().ConfirmAsync(_lee, draft.Id, Ct);

        Assert.Equal(new Problem.ConfirmationExpired(BackdateRules.ConfirmWithin), Assert.IsType<Invalid>(outcome).What);
        _pauses.Received(1).RemoveDraft(draft);
        _pauses.DidNotReceive().AddPause(Arg.Any<Pause>());
    }

    [Fact]
    public async Task ConfirmAsync_SomeoneElsePausedMeanwhile_AlreadyPausedAndDraftRemoved()
    {
        var draft = await DraftAsync();
        var other = Pause.Start("chordus", new PauseDetails("other"), "ULIN", Now);
        _pauses.OpenPauseAsync("chordus", Arg.Any<CancellationToken>()).Returns(other);

        Assert.Same(other, Assert.IsType<AlreadyPaused>(await CreateSut().ConfirmAsync(_lee, draft.Id, Ct)).Existing);
        _pauses.Received(1).RemoveDraft(draft);
    }

    [Fact]
    public async Task CancelAsync_Draft_RemovedAndOnlyAnAuditLineWithBothInstantsRemains()
    {
        var draft = await DraftAsync();

        var cancelled = Assert.IsType<BackdateCancelled>(await CreateSut().CancelAsync(_lee, draft.Id, Ct));

        Assert.Same(draft, cancelled.Draft);
        _pauses.Received(1).RemoveDraft(draft);
        _pauses.DidNotReceive().AddPause(Arg.Any<Pause>());
        var audit = Assert.Single(_audit);
        Assert.Equal(("pause", "cancelled:backdate"), (audit.Action, audit.Outcome));
        Assert.Contains($"cutoff {Cutoff:O} asked {Now:O}", audit.Detail);
    }

    [Fact]
    public async Task PauseAsync_NewDraft_RemovesExpiredOnes()
    {
        var old = PauseDraft.For("chordus", Now.AddDays(-2), new PauseDetails("old"), "ULEE", Now.AddDays(-1));
        _pauses.DraftsBeforeAsync(Now - BackdateRules.ConfirmWithin, Arg.Any<CancellationToken>()).Returns([old]);

        await DraftAsync();

        _pauses.Received(1).RemoveDraft(old);
    }

    [Theory]
    [InlineData(-120, true)]
    [InlineData(-10, false)]
    public async Task ResumeAsync_AtInThePast_RefusedUnlessAMomentAgo(int seconds, bool refused)
    {
        var open = Pause.Start("chordus", new PauseDetails("r"), "ULEE", Now.AddHours(-1));
        _pauses.OpenPauseAsync("chordus", Arg.Any<CancellationToken>()).Returns(open);

        var outcome = await CreateSut().ResumeAsync(_lee, "chordus", Now.AddSeconds(seconds), null, Ct);

        if (refused)
        {
            Assert.Equal(new Problem.ResumeInThePast(), Assert.IsType<Invalid>(outcome).What);
            Assert.Equal(PauseState.Active, open.State);
        }
        else
        {
            Assert.Equal(ResumeKind.Resumed, Assert.IsType<Resumed>(outcome).Kind);
        }
    }
}
