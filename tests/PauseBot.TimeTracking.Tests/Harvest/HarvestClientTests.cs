using PauseBot.TimeTracking.StandIns;
using PauseBot.TimeTracking.Tests.TestSupport;

namespace PauseBot.TimeTracking.Tests.Harvest;

public sealed class HarvestClientTests : IAsyncLifetime
{
    private static readonly DateOnly Cutoff = new(2026, 3, 10);
    private HarvestStandIn harvest = null!;
    private TrackerServices services = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ITimeTracker Sut => services.Tracker(TrackerKind.Harvest);

    public async ValueTask InitializeAsync()
    {
        harvest = await HarvestStandIn.StartAsync(ct: Ct);
        services = TrackerServices.For(harvest);
    }

    public async ValueTask DisposeAsync()
    {
        // The stand-in first: it releases held requests, which the HttpClient pipeline waits for when disposed.
        await harvest.DisposeAsync();
        services.Dispose();
    }

    [Fact]
    public async Task GetProject_KnownId_NameAndStateWithDocumentedHeaders()
    {
        var id = harvest.AddProject("Chordus");

        var result = await Sut.GetProjectAsync($"{id}", Ct);

        Assert.Equal(new TrackerProject($"{id}", "Chordus", true), result.Value);
        var call = Assert.Single(harvest.Calls.All);
        Assert.True(call.Is("GET", $"/v2/projects/{id}"));
        Assert.Equal("Bearer " + harvest.AccessToken, call.Header("Authorization"));
        Assert.Equal(harvest.AccountId, call.Header("Harvest-Account-Id"));
        Assert.Equal("PauseBot tests (tests@example.com)", call.Header("User-Agent"));
    }

    [Fact]
    public async Task DeactivateProject_Active_PatchesIsActiveFalse()
    {
        var id = harvest.AddProject("Chordus");

        var result = await Sut.DeactivateProjectAsync($"{id}", Ct);

        Assert.Equal(new TrackerProject($"{id}", "Chordus", false), result.Value);
        Assert.False(harvest.IsActive(id));
        var call = Assert.Single(harvest.Calls.To("PATCH", $"/v2/projects/{id}"));
        Assert.Equal("""{"is_active":false}""", call.Body);
        Assert.StartsWith("application/json", call.Header("Content-Type"));
    }

    [Fact]
    public async Task ReactivateProject_Inactive_PatchesIsActiveTrue()
    {
        var id = harvest.AddProject("Chordus", isActive: false);

        var result = await Sut.ReactivateProjectAsync($"{id}", Ct);

        Assert.True(result.Value!.IsActive);
        Assert.True(harvest.IsActive(id));
        Assert.Equal("""{"is_active":true}""", Assert.Single(harvest.Calls.To("PATCH", $"/v2/projects/{id}")).Body);
    }

    [Fact]
    public async Task DeactivateProject_Twice_BothSucceed()
    {
        var id = harvest.AddProject("Chordus");

        Assert.True((await Sut.DeactivateProjectAsync($"{id}", Ct)).IsSuccess);
        Assert.True((await Sut.DeactivateProjectAsync($"{id}", Ct)).IsSuccess);

        Assert.False(harvest.IsActive(id));
    }

    [Fact]
    public async Task StopRunningTimers_RunningOnProject_StopsOnlyThose()
    {
        var (project, other) = (harvest.AddProject("Chordus"), harvest.AddProject("Other"));
        var user = harvest.AddUser("Jane", "Doe", "jane@example.com");
        var (a, b, elsewhere) = (harvest.StartTimer(project, user), harvest.StartTimer(project, user), harvest.StartTimer(other, user));
        harvest.AddTimeEntry(project, user, 2m, Cutoff);

        var result = await Sut.StopRunningTimersAsync($"{project}", Ct);

        Assert.Equal(new TimersStopped(2), result.Value);
        Assert.False(harvest.IsRunning(a) || harvest.IsRunning(b));
        Assert.True(harvest.IsRunning(elsewhere));
        var list = Assert.Single(harvest.Calls.To("GET", "/v2/time_entries"));
        Assert.Contains($"project_id={project}", list.Query);
        Assert.Contains("is_running=true", list.Query);
        Assert.Single(harvest.Calls.To("PATCH", $"/v2/time_entries/{a}/stop"));
        Assert.Single(harvest.Calls.To("PATCH", $"/v2/time_entries/{b}/stop"));
    }

    [Fact]
    public async Task StopRunningTimers_TimerStoppedMeanwhile_NotAFailure()
    {
        var project = harvest.AddProject("Chordus");
        harvest.StartTimer(project, harvest.AddUser("Jane", "Doe", "jane@example.com"));
        harvest.Faults.FailNext(422, path: "/v2/time_entries/*");

        var result = await Sut.StopRunningTimersAsync($"{project}", Ct);

        Assert.Equal(new TimersStopped(0), result.Value);
    }

    [Fact]
    public async Task ListTimeEntries_FromCutoffDay_NameEmailDecimalHoursAndDay()
    {
        var (project, other) = (harvest.AddProject("Chordus"), harvest.AddProject("Other"));
        var jane = harvest.AddUser("Jane", "Doe", "jane@example.com");
        var late = harvest.AddTimeEntry(project, jane, 1.5m, Cutoff, createdAt: new DateTimeOffset(2026, 3, 10, 14, 0, 0, TimeSpan.Zero));
        harvest.AddTimeEntry(project, jane, 3m, Cutoff.AddDays(-1));
        harvest.AddTimeEntry(other, jane, 4m, Cutoff);

        var result = await Sut.ListTimeEntriesAsync($"{project}", Cutoff, Ct);

        var entry = Assert.Single(result.Value!);
        Assert.Equal(new TrackerTimeEntry($"{late}", "Jane Doe", "jane@example.com", 1.5m, Cutoff, false,
            new DateTimeOffset(2026, 3, 10, 14, 0, 0, TimeSpan.Zero)), entry);
        Assert.Contains("from=2026-03-10", Assert.Single(harvest.Calls.To("GET", "/v2/time_entries")).Query);
    }

    [Fact]
    public async Task ListTimeEntries_UsersForbidden_EntriesWithoutEmail()
    {
        var project = harvest.AddProject("Chordus");
        harvest.AddTimeEntry(project, harvest.AddUser("Jane", "Doe", "jane@example.com"), 1m, Cutoff);
        harvest.CanListUsers = false;

        var result = await Sut.ListTimeEntriesAsync($"{project}", Cutoff, Ct);

        var entry = Assert.Single(result.Value!);
        Assert.Equal(("Jane Doe", null), (entry.PersonName, entry.Email));
    }

    [Fact]
    public async Task ListTimeEntries_NoEntries_DoesNotListUsers()
    {
        var project = harvest.AddProject("Chordus");

        var result = await Sut.ListTimeEntriesAsync($"{project}", Cutoff, Ct);

        Assert.Empty(result.Value!);
        Assert.Empty(harvest.Calls.To("GET", "/v2/users"));
    }

    [Fact]
    public async Task GetProject_WrongToken_UnauthorizedSayingWhereTheTokenGoes()
    {
        using var wrong = TrackerServices.For(harvest, token: "not-the-token");

        var result = await wrong.Tracker(TrackerKind.Harvest).GetProjectAsync($"{harvest.AddProject("Chordus")}", Ct);

        Assert.Equal((TrackerFailureKind.Unauthorized, 401), (result.Failure!.Kind, result.Failure.StatusCode));
        Assert.Contains("TimeTracking:Harvest:AccessToken", result.Failure.Message);
        Assert.DoesNotContain("not-the-token", result.Failure.Message);
        Assert.Single(harvest.Calls.All);
    }

    [Fact]
    public async Task DeactivateProject_MemberToken_ForbiddenNamingTheRoleNeeded()
    {
        var id = harvest.AddProject("Chordus");
        harvest.CanManageProjects = false;

        var result = await Sut.DeactivateProjectAsync($"{id}", Ct);

        Assert.Equal((TrackerFailureKind.Forbidden, 403), (result.Failure!.Kind, result.Failure.StatusCode));
        Assert.Contains("Administrator", result.Failure.Message);
        Assert.True(harvest.IsActive(id));
    }

    [Fact]
    public async Task GetProject_UnknownId_NotFoundSayingHowToRelink()
    {
        var result = await Sut.GetProjectAsync("999", Ct);

        Assert.Equal((TrackerFailureKind.NotFound, 404), (result.Failure!.Kind, result.Failure.StatusCode));
        Assert.Contains("/pausebot tracker link", result.Failure.Message);
    }

    [Fact]
    public async Task GetProject_NotANumber_NotFoundWithoutCallingHarvest()
    {
        var result = await Sut.GetProjectAsync("chordus", Ct);

        Assert.Equal(TrackerFailureKind.NotFound, result.Failure!.Kind);
        Assert.Empty(harvest.Calls.All);
    }

    [Fact]
    public async Task DeactivateProject_BadGatewayThenOk_RetriedOnce()
    {
        var id = harvest.AddProject("Chordus");
        harvest.Faults.FailNext(502, method: "PATCH");

        var result = await Sut.DeactivateProjectAsync($"{id}", Ct);

        Assert.True(result.IsSuccess);
        Assert.Equal([502, 200], harvest.Calls.To("PATCH", $"/v2/projects/{id}").Select(c => c.StatusCode));
    }

    [Fact]
    public async Task DeactivateProject_Outage_TransientAfterEveryRetry()
    {
        var id = harvest.AddProject("Chordus");
        harvest.Faults.StartOutage();

        var result = await Sut.DeactivateProjectAsync($"{id}", Ct);

        Assert.Equal((TrackerFailureKind.Transient, 503), (result.Failure!.Kind, result.Failure.StatusCode));
        Assert.True(result.Failure.IsTransient);
        Assert.Equal(3, harvest.Calls.To("PATCH", $"/v2/projects/{id}").Count);
        Assert.True(harvest.IsActive(id));
    }

    [Fact]
    public async Task DeactivateProject_UnreadableAnswer_Transient()
    {
        var id = harvest.AddProject("Chordus");
        harvest.Faults.FailNext(200);

        var result = await Sut.DeactivateProjectAsync($"{id}", Ct);

        Assert.Equal((TrackerFailureKind.Transient, 200), (result.Failure!.Kind, result.Failure.StatusCode));
        Assert.Contains("not the JSON", result.Failure.Message);
    }
}
