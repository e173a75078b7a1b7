using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using PauseBot.Core.Audit;
using PauseBot.Core.Pauses;
using PauseBot.Core.Projects;

namespace PauseBot.Core.Tests.Pauses;

public class ContractorActionsTests
{
    private static readonly DateTimeOffset Now = new(2026, 4, 7, 9, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Now);
    private readonly IProjectStore _projects = Substitute.For<IProjectStore>();
    private readonly IPauseStore _pauses = Substitute.For<IPauseStore>();
    private readonly ISubscriptionStore _subscriptions = Substitute.For<ISubscriptionStore>();
    private readonly IAuditLog _auditLog = Substitute.For<IAuditLog>();
    private readonly Project _project = Project.Create("chordus", "Chordus", "CCHORDUS", "UADMIN", Now);
    private readonly List<AuditEvent> _audit = [];
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ContractorActionsTests()
    {
        _projects.FindProjectAsync("chordus", Arg.Any<CancellationToken>()).Returns(_project);
        _subscriptions.AddSubscriptionAsync(Arg.Any<NotifySubscription>(), Arg.Any<CancellationToken>()).Returns(true);
        _auditLog.When(s => s.AddAudit(Arg.Any<AuditEvent>())).Do(c => _audit.Add(c.Arg<AuditEvent>()));
    }

    private ContractorActions CreateSut() => new(_projects, _pauses, _subscriptions, _auditLog, _time);

    private Pause Known(Pause pause)
    {
        _pauses.FindPauseAsync(pause.Id, Arg.Any<CancellationToken>()).Returns(pause);
        return pause;
    }

    private static Pause Started(DateTimeOffset? at = null) => Pause.Start("chordus", new PauseDetails("Scope", EffectiveAt: at), "ULEE", Now);

    [Fact]
    public async Task SubscribeAsync_OpenPause_Subscribed()
    {
        var pause = Known(Started());

        var outcome = await CreateSut().SubscribeAsync(pause.Id, "UCORA", Ct);

        Assert.Equal(new Subscribed(_project, pause, Added: true), outcome);
        await _subscriptions.Received(1).AddSubscriptionAsync(Arg.Is<NotifySubscription>(s => s.PauseId == pause.Id && s.UserId == "UCORA"), Ct);
    }

    [Fact]
    public async Task SubscribeAsync_ScheduledPause_Subscribed() =>
        Assert.IsType<Subscribed>(await CreateSut().SubscribeAsync(Known(Started(Now.AddHours(2))).Id, "UCORA", Ct));

    [Fact]
    public async Task SubscribeAsync_Ended_PauseOverSinceTheResume_NoSubscriptionAudited()
    {
        var pause = Known(Started());
        _time.Advance(TimeSpan.FromHours(3));
        pause.Resume("ULEE", _time.GetUtcNow(), null, null);
        _time.Advance(TimeSpan.FromSeconds(1));

        var over = Assert.IsType<PauseOver>(await CreateSut().SubscribeAsync(pause.Id, "UCORA", Ct));

        Assert.Equal(Now.AddHours(3), over.ResumedAt);
        await _subscriptions.DidNotReceive().AddSubscriptionAsync(Arg.Any<NotifySubscription>(), Arg.Any<CancellationToken>());
        Assert.Contains(_audit, a => a.Action == "notify.subscribe" && a.Outcome == "refused:resumed" && a.Actor == "UCORA");
    }

    [Fact]
    public async Task SubscribeAsync_ScheduledResumePassedButNotAppliedYet_PauseOver()
    {
        var pause = Known(Started());
        pause.Resume("ULEE", Now, Now.AddMinutes(10), null);
        _time.Advance(TimeSpan.FromMinutes(11));

        var over = Assert.IsType<PauseOver>(await CreateSut().SubscribeAsync(pause.Id, "UCORA", Ct));

        Assert.Equal(Now.AddMinutes(10), over.ResumedAt);
    }

    [Fact]
    public async Task SubscribeAsync_ScheduledResumeStillAhead_Subscribed()
    {
        var pause = Known(Started());
        pause.Resume("ULEE", Now, Now.AddMinutes(10), null);

        Assert.IsType<Subscribed>(await CreateSut().SubscribeAsync(pause.Id, "UCORA", Ct));
    }

    [Fact]
    public async Task SubscribeAsync_CancelledBeforeItBegan_PauseOverWithoutResumeInstant()
    {
        var pause = Known(Started(Now.AddHours(2)));
        pause.Resume("ULEE", Now, null, null);

        var over = Assert.IsType<PauseOver>(await CreateSut().SubscribeAsync(pause.Id, "UCORA", Ct));

        Assert.Equal(PauseState.Cancelled, over.Pause.State);
        Assert.Null(over.ResumedAt);
    }

    [Fact]
    public async Task SubscribeAsync_UnknownPause_Null() => Assert.Null(await CreateSut().SubscribeAsync(Guid.NewGuid(), "UCORA", Ct));
}
