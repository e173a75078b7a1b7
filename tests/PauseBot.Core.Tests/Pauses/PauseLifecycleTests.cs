using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using PauseBot.Core.Access;
using PauseBot.Core.Audit;
using PauseBot.Core.Pauses;
using PauseBot.Core.Projects;

namespace PauseBot.Core.Tests.Pauses;

public class PauseLifecycleTests
{
    private static readonly DateTimeOffset Now = new(2026, 4, 7, 9, 0, 0, TimeSpan.Zero);
    private readonly IProjectStore _projects = Substitute.For<IProjectStore>();
    private readonly IPauseStore _pauses = Substitute.For<IPauseStore>();
    private readonly IAuditLog _auditLog = Substitute.For<IAuditLog>();
    private readonly Project _project = Project.Create("chordus", "Chordus", "CCHORDUS", "UADMIN", Now);
    private readonly List<AuditEvent> _audit = [];

    public PauseLifecycleTests()
    {
        _project.AddLead("ULEE");
        _projects.FindProjectAsync("chordus", Arg.Any<CancellationToken>()).Returns(_project);
        _auditLog.When(s => s.AddAudit(Arg.Any<AuditEvent>())).Do(c => _audit.Add(c.Arg<AuditEvent>()));
    }

    private PauseLifecycle CreateSut() => new(_projects, _pauses, _auditLog, new FakeTimeProvider(Now));

    [Fact]
    public async Task PauseAsync_Lead_PausesAndAudits()
    {
        var outcome = await CreateSut().PauseAsync(new Actor("ULEE", false), "chordus",
            new PauseDetails("Scope reassessed", InternalNote: "breach"), TestContext.Current.CancellationToken);

        var paused = Assert.IsType<Paused>(outcome);
        Assert.Equal(PauseState.Active, paused.Pause.State);
        Assert.Equal("breach", paused.Pause.InternalNote);
        _pauses.Received(1).AddPause(paused.Pause);
        Assert.Contains(_audit, a => a.Action == "pause" && a.Outcome == "ok" && a.Actor == "ULEE");
    }

    [Fact]
    public async Task PauseAsync_NonLead_RefusedAndAudited()
    {
        var outcome = await CreateSut().PauseAsync(new Actor("UCORA", false), "chordus",
            new PauseDetails("x"), TestContext.Current.CancellationToken);

        Assert.IsType<Refused>(outcome);
        _pauses.DidNotReceive().AddPause(Arg.Any<Pause>());
        Assert.Contains(_audit, a => a.Outcome == "refused:not-lead" && a.Actor == "UCORA");
    }

    [Fact]
    public async Task PauseAsync_UnknownProjectForNonAdmin_SameRefusalAsExisting()
    {
        var existing = await CreateSut().PauseAsync(new Actor("UCORA", false), "chordus", new PauseDetails("x"), TestContext.Current.CancellationToken);
        var unknown = await CreateSut().PauseAsync(new Actor("UCORA", false), "secret", new PauseDetails("x"), TestContext.Current.CancellationToken);

        Assert.Equal(new Refusal.NotALead("chordus", LeadAction.Pause), Assert.IsType<Refused>(existing).Why);
        Assert.Equal(new Refusal.NotALead("secret", LeadAction.Pause), Assert.IsType<Refused>(unknown).Why);
    }

    [Fact]
    public async Task PauseAsync_AlreadyPaused_ReturnsExistingAndAddsNothing()
    {
        var open = Pause.Start("chordus", new PauseDetails("first"), "ULEE", Now.AddHours(-1));
        _pauses.OpenPauseAsync("chordus", Arg.Any<CancellationToken>()).Returns(open);

        var outcome = await CreateSut().PauseAsync(new Actor("ULEE", false), "chordus", new PauseDetails("second"), TestContext.Current.CancellationToken);

        Assert.Same(open, Assert.IsType<AlreadyPaused>(outcome).Existing);
        _pauses.DidNotReceive().AddPause(Arg.Any<Pause>());
    }

    [Fact]
    public async Task PauseAsync_AtInThePast_KeepsADraftToConfirmAndChangesNothing()
    {
        var outcome = await CreateSut().PauseAsync(new Actor("ULEE", false), "chordus",
            new PauseDetails("r", EffectiveAt: Now.AddMinutes(-5)), TestContext.Current.CancellationToken);

        var confirm = Assert.IsType<BackdateToConfirm>(outcome);
        Assert.Equal(Now.AddMinutes(-5), confirm.Draft.EffectiveAt);
        _pauses.Received(1).AddDraft(confirm.Draft);
        _pauses.DidNotReceive().AddPause(Arg.Any<Pause>());
        Assert.Empty(_audit);
    }

    [Fact]
    public async Task ResumeAsync_NotPaused_NotPausedOutcome()
    {
        var outcome = await CreateSut().ResumeAsync(new Actor("ULEE", false), "chordus", null, null, TestContext.Current.CancellationToken);
        Assert.IsType<NotPaused>(outcome);
    }

    [Fact]
    public async Task ApplyDueTransitionsAsync_ScheduledResumeDue_ReturnsResumed()
    {
        var open = Pause.Start("chordus", new PauseDetails("r"), "ULEE", Now.AddHours(-1));
        open.Resume("ULEE", Now.AddHours(-1), Now.AddMinutes(-1), null);
        _pauses.DuePausesAsync(Now, Arg.Any<CancellationToken>()).Returns([open]);

        var outcomes = await CreateSut().ApplyDueTransitionsAsync(TestContext.Current.CancellationToken);

        Assert.IsType<Resumed>(Assert.Single(outcomes));
        Assert.Equal(PauseState.Ended, open.State);
    }
}
