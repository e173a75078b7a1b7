using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PauseBot.Core;
using PauseBot.Core.Audit;
using PauseBot.Core.Outbox;
using PauseBot.Core.Pauses;
using PauseBot.Core.Projects;
using PauseBot.Persistence.Outbox;

namespace PauseBot.Persistence.Tests;

public class EfUnitOfWorkTests
{
    private static readonly DateTimeOffset Now = new(2026, 4, 7, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid PauseId = Guid.Parse("0193f3a0-0000-7000-8000-000000000001");
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static OutboxIntent Announcement(string channel) =>
        OutboxIntent.Message(channel, OutboxKey.Announcement(PauseId, PauseAnnouncement.Paused, channel), "{}");

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CommitAsync_ChangeAndOutboxRows_WrittenTogetherAndDispatcherWoken(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var signal = db.Services.GetRequiredService<OutboxSignal>();
        await using (var scope = db.Scope())
        {
            var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
            scope.ServiceProvider.GetRequiredService<IProjectStore>().AddProject(Project.Create("chordus", "Chordus", "C1", "UADMIN", Now));
            Assert.True(await unitOfWork.EnqueueAsync(Announcement("C1"), Ct));
            Assert.False(await unitOfWork.EnqueueAsync(Announcement("C1"), Ct)); // same key in the same scope
            Assert.False(await signal.WaitAsync(TimeSpan.Zero, Ct)); // nothing is woken before the commit

            Assert.Equal(CommitResult.Committed, await unitOfWork.CommitAsync(Ct));
            Assert.True(await signal.WaitAsync(TimeSpan.Zero, Ct));
        }
        await using (var scope = db.Scope())
        {
            Assert.False(await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().EnqueueAsync(Announcement("C1"), Ct)); // already stored
            Assert.Equal(CommitResult.Committed, await scope.TryCommitAsync());
            Assert.False(await signal.WaitAsync(TimeSpan.Zero, Ct)); // no row added, nobody woken
            var row = Assert.Single(await scope.ServiceProvider.GetRequiredService<PauseBotDbContext>().Outbox.ToListAsync(Ct));
            Assert.Equal((OutboxKind.PostMessage, "C1", $"pause:{PauseId}:paused:C1"), (row.Kind, row.Target, row.DedupeKey));
            Assert.NotNull(await scope.ServiceProvider.GetRequiredService<IProjectStore>().FindProjectAsync("chordus", Ct));
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CommitAsync_LostRace_ConflictNothingWrittenNobodyWoken(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using (var scope = db.Scope())
        {
            scope.ServiceProvider.GetRequiredService<IProjectStore>().AddProject(Project.Create("chordus", "Chordus", "C1", "UADMIN", Now));
            await scope.CommitAsync();
        }
        var signal = db.Services.GetRequiredService<OutboxSignal>();
        await using var first = db.Scope();
        await using var second = db.Scope();
        first.ServiceProvider.GetRequiredService<IPauseStore>().AddPause(Pause.Start("chordus", new PauseDetails("one"), "ULEE", Now));
        second.ServiceProvider.GetRequiredService<IPauseStore>().AddPause(Pause.Start("chordus", new PauseDetails("two"), "ULIN", Now));
        await second.ServiceProvider.GetRequiredService<IUnitOfWork>().EnqueueAsync(Announcement("C1"), Ct);
        await first.CommitAsync();

        Assert.Equal(CommitResult.Conflict, await second.TryCommitAsync());

        Assert.False(await signal.WaitAsync(TimeSpan.Zero, Ct));
        await using var check = db.Scope();
        Assert.Empty(await check.ServiceProvider.GetRequiredService<PauseBotDbContext>().Outbox.ToListAsync(Ct));
        Assert.Equal("one", Assert.Single(await check.ServiceProvider.GetRequiredService<IPauseStore>().PausesAsync("chordus", Ct)).PublicReason);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Enlist_Participant_WrittenWithTheFirstCommitThatSucceedsThenLeaves(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using (var scope = db.Scope())
        {
            scope.ServiceProvider.GetRequiredService<IProjectStore>().AddProject(Project.Create("chordus", "Chordus", "C1", "UADMIN", Now));
            await scope.CommitAsync();
        }
        await using var winner = db.Scope();
        await using var loser = db.Scope();
        var participant = new AuditParticipant(loser.ServiceProvider.GetRequiredService<IAuditLog>());
        var unitOfWork = loser.ServiceProvider.GetRequiredService<IUnitOfWork>();
        unitOfWork.Enlist(participant);
        winner.ServiceProvider.GetRequiredService<IPauseStore>().AddPause(Pause.Start("chordus", new PauseDetails("one"), "ULEE", Now));
        loser.ServiceProvider.GetRequiredService<IPauseStore>().AddPause(Pause.Start("chordus", new PauseDetails("two"), "ULIN", Now));
        await winner.CommitAsync();

        Assert.Equal(CommitResult.Conflict, await unitOfWork.CommitAsync(Ct)); // its change is dropped with the loser's
        Assert.Equal(CommitResult.Committed, await unitOfWork.CommitAsync(Ct)); // added again, and written
        Assert.Equal(CommitResult.Committed, await unitOfWork.CommitAsync(Ct)); // gone: not added a second time

        Assert.Equal((2, 1), (participant.Attempts, participant.Commits));
        await using var check = db.Scope();
        Assert.Single(await check.ServiceProvider.GetRequiredService<IAuditLog>().RecentAuditAsync("chordus", 10, Ct));
    }

    private sealed class AuditParticipant(IAuditLog audit) : ICommitParticipant
    {
        public int Attempts { get; private set; }
        public int Commits { get; private set; }

        public Task BeforeCommitAsync(CancellationToken ct)
        {
            Attempts++;
            audit.AddAudit(new AuditEvent(Now, "system", "chordus", "inbox.done", "ok"));
            return Task.CompletedTask;
        }

        public void Committed() => Commits++;
    }
}
