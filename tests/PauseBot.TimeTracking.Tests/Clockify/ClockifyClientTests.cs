using PauseBot.TimeTracking.StandIns;
using PauseBot.TimeTracking.Tests.TestSupport;

namespace PauseBot.TimeTracking.Tests.Clockify;

public sealed class ClockifyClientTests : IAsyncLifetime
{
    private static readonly DateOnly Cutoff = new(2026, 3, 10);
    private static readonly DateTimeOffset AfterCutoff = new(2026, 3, 10, 13, 0, 0, TimeSpan.Zero);
    private readonly TimerWatchingTimeProvider time = new();
    private ClockifyStandIn clockify = null!;
    private TrackerServices services = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ITimeTracker Sut => services.Tracker(TrackerKind.Clockify);

    private string Ws => $"/api/v1/workspaces/{clockify.WorkspaceId}";

    public async ValueTask InitializeAsync()
    {
        clockify = await ClockifyStandIn.StartAsync(time, Ct);
        services = TrackerServices.For(clockify, time, o => o.RetryBaseDelay = TimeSpan.Zero);
    }

    public async ValueTask DisposeAsync()
    {
        // The stand-in first: it releases held requests, which the HttpClient pipeline waits for when disposed.
        await clockify.DisposeAsync();
        services.Dispose();
    }

    [Fact]
    public async Task GetProject_KnownId_NameAndStateWithApiKeyUnderBasePath()
    {
        var id = clockify.AddProject("Chordus");

        var result = await Sut.GetProjectAsync(id, Ct);

        Assert.Equal(new TrackerProject(id, "Chordus", true), result.Value);
        var call = Assert.Single(clockify.Calls.All);
        Assert.True(call.Is("GET", $"{Ws}/projects/{id}"));
        Assert.Equal(clockify.ApiKey, call.Header("X-Api-Key"));
    }

    [Fact]
    public async Task DeactivateProject_Active_PutsArchivedTrue()
    {
        var id = clockify.AddProject("Chordus");

        var result = await Sut.DeactivateProjectAsync(id, Ct);

        Assert.False(result.Value!.IsActive);
        Assert.True(clockify.IsArchived(id));
        Assert.Equal("""{"archived":true}""", Assert.Single(clockify.Calls.To("PUT", $"{Ws}/projects/{id}")).Body);
    }

    [Fact]
    public async Task ReactivateProject_Archived_PutsArchivedFalse()
    {
        var id = clockify.AddProject("Chordus", archived: true);

        Assert.True((await Sut.ReactivateProjectAsync(id, Ct)).Value!.IsActive);
        Assert.False(clockify.IsArchived(id));
    }

    [Fact]
    public async Task StopRunningTimers_RunningOnProject_StopsEachUsersTimerOnly()
    {
        var (id, other) = (clockify.AddProject("Chordus"), clockify.AddProject("Other"));
        var (jane, joe, ann) = (clockify.AddUser("Jane Doe", "jane@example.com"), clockify.AddUser("Joe Roe", "joe@example.com"),
            clockify.AddUser("Ann Poe", "ann@example.com"));
        var (a, b, elsewhere) = (clockify.StartTimer(id, jane), clockify.StartTimer(id, joe), clockify.StartTimer(other, ann));

        var result = await Sut.StopRunningTimersAsync(id, Ct);

        Assert.Equal(new TimersStopped(2), result.Value);
        Assert.False(clockify.IsRunning(a) || clockify.IsRunning(b));
        Assert.True(clockify.IsRunning(elsewhere));
        var stop = Assert.Single(clockify.Calls.To("PATCH", $"{Ws}/user/{jane}/time-entries"));
        Assert.Equal("""{"end":"2026-03-10T09:00:00Z"}""", stop.Body);
        Assert.Single(clockify.Calls.To("GET", $"{Ws}/time-entries/status/in-progress"));
    }

    [Fact]
    public async Task ListTimeEntries_FromCutoffDay_PerUserWithNamesEmailsHours()
    {
        var id = clockify.AddProject("Chordus");
        var jane = clockify.AddUser("Jane Doe", "jane@example.com");
        var late = clockify.AddTimeEntry(id, jane, AfterCutoff, TimeSpan.FromMinutes(90));
        clockify.AddTimeEntry(id, jane, AfterCutoff.AddDays(-1), TimeSpan.FromHours(2));
        clockify.AddTimeEntry(clockify.AddProject("Other"), jane, AfterCutoff, TimeSpan.FromHours(3));

        var result = await Sut.ListTimeEntriesAsync(id, Cutoff, Ct);

        Assert.Equal(new TrackerTimeEntry(late, "Jane Doe", "jane@example.com", 1.5m, Cutoff, false, AfterCutoff), Assert.Single(result.Value!));
        var listed = Assert.Single(clockify.Calls.To("GET", $"{Ws}/user/{jane}/time-entries"));
        Assert.Contains($"project={id}", listed.Query);
        Assert.Contains("start=2026-03-10T00:00:00Z", listed.Query);
    }

    [Fact]
    public async Task ListTimeEntries_RunningTimer_HoursSoFar()
    {
        var id = clockify.AddProject("Chordus");
        var jane = clockify.AddUser("Jane Doe", "jane@example.com");
        clockify.StartTimer(id, jane, time.GetUtcNow().AddMinutes(-45));

        var entry = Assert.Single((await Sut.ListTimeEntriesAsync(id, Cutoff, Ct)).Value!);

        Assert.Equal((true, 0.75m), (entry.IsRunning, entry.Hours));
    }

    [Fact]
    public async Task GetProject_WrongKey_Unauthorized()
    {
        using var wrong = TrackerServices.For(clockify, key: "wrong-key");

        var result = await wrong.Tracker(TrackerKind.Clockify).GetProjectAsync(clockify.AddProject("Chordus"), Ct);

        Assert.Equal((TrackerFailureKind.Unauthorized, 401), (result.Failure!.Kind, result.Failure.StatusCode));
        Assert.Contains("TimeTracking:Clockify:ApiKey", result.Failure.Message);
    }

    [Fact]
    public async Task DeactivateProject_NotAdmin_Forbidden()
    {
        var id = clockify.AddProject("Chordus");
        clockify.IsAdmin = false;

        var result = await Sut.DeactivateProjectAsync(id, Ct);

        Assert.Equal((TrackerFailureKind.Forbidden, 403), (result.Failure!.Kind, result.Failure.StatusCode));
        Assert.False(clockify.IsArchived(id));
    }

    [Fact]
    public async Task GetProject_UnknownId_NotFound()
    {
        var result = await Sut.GetProjectAsync("64a687e29ae1f428e7ebffff", Ct);

        Assert.Equal((TrackerFailureKind.NotFound, 404), (result.Failure!.Kind, result.Failure.StatusCode));
    }

    [Fact]
    public async Task GetProject_IdWithSlash_NotFoundWithoutCall()
    {
        var result = await Sut.GetProjectAsync("../users", Ct);

        Assert.Equal(TrackerFailureKind.NotFound, result.Failure!.Kind);
        Assert.Empty(clockify.Calls.All);
    }

    [Fact]
    public async Task DeactivateProject_HangsPastAttemptTimeout_RetriedAndDoneOnce()
    {
        var id = clockify.AddProject("Chordus");
        clockify.Faults.HangNext(method: "PUT");

        var call = Sut.DeactivateProjectAsync(id, Ct);
        await clockify.Faults.WaitForHeldAsync();
        await time.WaitForTimerAsync(TimeSpan.FromSeconds(15));
        time.Advance(TimeSpan.FromSeconds(15));
        var result = await call;

        Assert.True(result.IsSuccess);
        Assert.True(clockify.IsArchived(id));
        await clockify.Calls.WaitForAsync(c => c.Is("PUT", $"{Ws}/projects/{id}"), count: 2);
        Assert.Equal([0, 200], clockify.Calls.To("PUT", $"{Ws}/projects/{id}").Select(c => c.StatusCode).Order());
    }
}
