using Microsoft.Extensions.DependencyInjection;
using PauseBot.Core;
using PauseBot.Core.Audit;
using PauseBot.Core.Pauses;
using PauseBot.Core.Projects;

namespace PauseBot.Persistence.Tests.Stores;

public class EfStoresTests
{
    private static readonly DateTimeOffset Now = new(2026, 4, 7, 9, 0, 0, TimeSpan.Zero);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Commit_ProjectWithChannelsLeadsAndPause_RoundTrips(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using (var scope = db.Scope())
        {
            var projects = scope.ServiceProvider.GetRequiredService<IProjectStore>();
            var pauses = scope.ServiceProvider.GetRequiredService<IPauseStore>();
            var audit = scope.ServiceProvider.GetRequiredService<IAuditLog>();
            var project = Project.Create("chordus", "Chordus", "CCHORDUS", "UADMIN", Now);
            project.AddChannel("CSECOND");
            project.AddLead("ULEE");
            projects.AddProject(project);
            var pause = Pause.Start("chordus", new PauseDetails("Scope reassessed", InternalNote: "breach"), "ULEE", Now);
            pause.AddUpdate("ULEE", "Still waiting", Now.AddHours(1));
            pause.Acknowledge("UCORA", Now.AddHours(2));
            pauses.AddPause(pause);
            audit.AddAudit(new AuditEvent(Now, "ULEE", "chordus", "pause", "ok"));
            await scope.CommitAsync();
        }
        await using (var scope = db.Scope())
        {
            var projects = scope.ServiceProvider.GetRequiredService<IProjectStore>();
            var pauses = scope.ServiceProvider.GetRequiredService<IPauseStore>();
            var audit = scope.ServiceProvider.GetRequiredService<IAuditLog>();
            var project = await projects.FindProjectAsync("chordus", Ct);
            Assert.NotNull(project);
            Assert.Equal(["CCHORDUS", "CSECOND"], project.Channels.Select(c => c.ChannelId).Order());
            Assert.True(project.IsLead("ULEE"));
            var open = await pauses.OpenPauseAsync("chordus", Ct);
            Assert.NotNull(open);
            Assert.Equal(Now, open.EffectiveAt);
            Assert.Equal("breach", open.InternalNote);
            Assert.Equal("Still waiting", Assert.Single(open.Updates).Text);
            Assert.Equal("UCORA", Assert.Single(open.Acknowledgements).UserId);
            Assert.Single(await audit.RecentAuditAsync("chordus", 20, Ct));
            Assert.Single(await projects.ProjectsWithAnyChannelAsync(["CSECOND"], Ct));
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Commit_TwoOpenPausesRacing_SecondIsConflict(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using (var scope = db.Scope())
        {
            scope.ServiceProvider.GetRequiredService<IProjectStore>().AddProject(Project.Create("chordus", "Chordus", "CCHORDUS", "UADMIN", Now));
            await scope.CommitAsync();
        }
        await using var first = db.Scope();
        await using var second = db.Scope();
        var a = first.ServiceProvider.GetRequiredService<IPauseStore>();
        var b = second.ServiceProvider.GetRequiredService<IPauseStore>();
        Assert.Null(await a.OpenPauseAsync("chordus", Ct));
        Assert.Null(await b.OpenPauseAsync("chordus", Ct));
        a.AddPause(Pause.Start("chordus", new PauseDetails("one"), "ULEE", Now));
        b.AddPause(Pause.Start("chordus", new PauseDetails("two"), "ULIN", Now));

        await first.CommitAsync();
        Assert.Equal(CommitResult.Conflict, await second.TryCommitAsync());
        Assert.Equal("one", (await b.OpenPauseAsync("chordus", Ct))!.PublicReason); // the loser's scope now reads the winner's state
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task DuePausesAsync_ScheduledAndScheduledResume_FindsOnlyDue(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var scope = db.Scope();
        var projects = scope.ServiceProvider.GetRequiredService<IProjectStore>();
        var pauses = scope.ServiceProvider.GetRequiredService<IPauseStore>();
        var audit = scope.ServiceProvider.GetRequiredService<IAuditLog>();
        projects.AddProject(Project.Create("alpha", "Alpha", "CA", "UADMIN", Now));
        projects.AddProject(Project.Create("beta", "Beta", "CB", "UADMIN", Now));
        pauses.AddPause(Pause.Start("alpha", new PauseDetails("later", Now.AddMinutes(10)), "ULEE", Now));
        var beta = Pause.Start("beta", new PauseDetails("now"), "ULEE", Now);
        beta.Resume("ULEE", Now, Now.AddMinutes(5), null);
        pauses.AddPause(beta);
        await scope.CommitAsync();

        Assert.Empty(await pauses.DuePausesAsync(Now.AddMinutes(4), Ct));
        Assert.Equal("beta", Assert.Single(await pauses.DuePausesAsync(Now.AddMinutes(5), Ct)).ProjectKey);
        Assert.Equal(2, (await pauses.DuePausesAsync(Now.AddMinutes(10), Ct)).Count);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Commit_UpdateAndAcknowledgeOnLoadedPause_Inserted(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using (var scope = db.Scope())
        {
            var projects = scope.ServiceProvider.GetRequiredService<IProjectStore>();
            var pauses = scope.ServiceProvider.GetRequiredService<IPauseStore>();
            var audit = scope.ServiceProvider.GetRequiredService<IAuditLog>();
            projects.AddProject(Project.Create("chordus", "Chordus", "CCHORDUS", "UADMIN", Now));
            pauses.AddPause(Pause.Start("chordus", new PauseDetails("r"), "ULEE", Now));
            await scope.CommitAsync();
        }
        await using (var scope = db.Scope())
        {
            var projects = scope.ServiceProvider.GetRequiredService<IProjectStore>();
            var pauses = scope.ServiceProvider.GetRequiredService<IPauseStore>();
            var audit = scope.ServiceProvider.GetRequiredService<IAuditLog>();
            var open = (await pauses.OpenPauseAsync("chordus", Ct))!;
            open.AddUpdate("ULEE", "news", Now.AddHours(1));
            open.Acknowledge("UCORA", Now.AddHours(1));
            await scope.CommitAsync();
        }
        await using (var scope = db.Scope())
        {
            var open = (await scope.ServiceProvider.GetRequiredService<IPauseStore>().OpenPauseAsync("chordus", Ct))!;
            Assert.Equal("news", Assert.Single(open.Updates).Text);
            Assert.Single(open.Acknowledgements);
        }
    }
}
