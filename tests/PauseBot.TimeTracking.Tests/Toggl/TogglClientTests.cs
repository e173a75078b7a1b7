using System.Text;
using PauseBot.TimeTracking.StandIns;
using PauseBot.TimeTracking.Tests.TestSupport;

namespace PauseBot.TimeTracking.Tests.Toggl;

public sealed class TogglClientTests : IAsyncLifetime
{
    private static readonly DateOnly Cutoff = new(2026, 3, 10);
    private static readonly DateTimeOffset AfterCutoff = new(2026, 3, 10, 13, 0, 0, TimeSpan.Zero);
    private readonly TimerWatchingTimeProvider time = new();
    private TogglStandIn toggl = null!;
    private TrackerServices services = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ITimeTracker Sut => services.Tracker(TrackerKind.Toggl);

    private string Workspace => toggl.WorkspaceId;

    public async ValueTask InitializeAsync()
    {
        toggl = await TogglStandIn.StartAsync(time, Ct);
        services = TrackerServices.For(toggl, time, o => o.RetryBaseDelay = TimeSpan.Zero);
    }

    public async ValueTask DisposeAsync()
    {
        // The stand-in first: it releases held requests, which the HttpClient pipeline waits for when disposed.
        await toggl.DisposeAsync();
        services.Dispose();
    }

    [Fact]
    public async Task GetProject_KnownId_NameAndStateWithBasicAuth()
    {
        var id = toggl.AddProject("Chordus");

        var result = await Sut.GetProjectAsync($"{id}", Ct);

        Assert.Equal(new TrackerProject($"{id}", "Chordus", true), result.Value);
        var call = Assert.Single(toggl.Calls.All);
        Assert.True(call.Is("GET", $"/api/v9/workspaces/{Workspace}/projects/{id}"));
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(toggl.ApiToken + ":api_token")), call.Header("Authorization"));
    }

    [Fact]
    public async Task DeactivateProject_Active_PutsActiveFalse()
    {
        var id = toggl.AddProject("Chordus");

        var result = await Sut.DeactivateProjectAsync($"{id}", Ct);

        Assert.False(result.Value!.IsActive);
        Assert.False(toggl.IsActive(id));
        Assert.Equal("""{"active":false}""", Assert.Single(toggl.Calls.To("PUT", $"/api/v9/workspaces/{Workspace}/projects/{id}")).Body);
    }

    [Fact]
    public async Task ReactivateProject_Archived_PutsActiveTrue()
    {
        var id = toggl.AddProject("Chordus", active: false);

        var result = await Sut.ReactivateProjectAsync($"{id}", Ct);

        Assert.True(result.Value!.IsActive);
        Assert.True(toggl.IsActive(id));
    }

    [Fact]
    public async Task StopRunningTimers_OwnTimerOnProject_StoppedAndLimitationSaid()
    {
        var id = toggl.AddProject("Chordus");
        var running = toggl.StartTimer(id);

        var result = await Sut.StopRunningTimersAsync($"{id}", Ct);

        Assert.Equal(1, result.Value!.Stopped);
        Assert.Contains("only the running timer of the API token's own user", result.Value.Limitation);
        Assert.False(toggl.IsRunning(running));
        Assert.Single(toggl.Calls.To("PATCH", $"/api/v9/workspaces/{Workspace}/time_entries/{running}/stop"));
    }

    [Fact]
    public async Task StopRunningTimers_OwnTimerOnAnotherProject_LeftRunning()
    {
        var (id, other) = (toggl.AddProject("Chordus"), toggl.AddProject("Other"));
        var running = toggl.StartTimer(other);

        var result = await Sut.StopRunningTimersAsync($"{id}", Ct);

        Assert.Equal(0, result.Value!.Stopped);
        Assert.True(toggl.IsRunning(running));
        Assert.DoesNotContain(toggl.Calls.All, c => c.Method == "PATCH");
    }

    [Fact]
    public async Task StopRunningTimers_NothingRunning_ZeroStopped()
    {
        var result = await Sut.StopRunningTimersAsync($"{toggl.AddProject("Chordus")}", Ct);

        Assert.Equal(0, result.Value!.Stopped);
        Assert.Single(toggl.Calls.To("GET", "/api/v9/me/time_entries/current"));
    }

    [Fact]
    public async Task ListTimeEntries_FromCutoffDay_SearchesReportsWithNamesEmailsHours()
    {
        var (id, other) = (toggl.AddProject("Chordus"), toggl.AddProject("Other"));
        var jane = toggl.AddUser("Jane Doe", "jane@example.com");
        var late = toggl.AddTimeEntry(id, jane, AfterCutoff, TimeSpan.FromMinutes(90));
        toggl.AddTimeEntry(id, jane, AfterCutoff.AddDays(-1), TimeSpan.FromHours(2));
        toggl.AddTimeEntry(other, jane, AfterCutoff, TimeSpan.FromHours(3));

        var result = await Sut.ListTimeEntriesAsync($"{id}", Cutoff, Ct);

        Assert.Equal(new TrackerTimeEntry($"{late}", "Jane Doe", "jane@example.com", 1.5m, Cutoff, false, AfterCutoff), Assert.Single(result.Value!));
        var search = Assert.Single(toggl.Calls.To("POST", $"/reports/api/v3/workspace/{Workspace}/search/time_entries"));
        Assert.Contains("\"start_date\":\"2026-03-10\"", search.Body);
        Assert.Contains($"\"project_ids\":[{id}]", search.Body);
    }

    [Fact]
    public async Task ListTimeEntries_MoreThanOnePage_FollowsNextRowHeaders()
    {
        var id = toggl.AddProject("Chordus");
        var jane = toggl.AddUser("Jane Doe", "jane@example.com");
        for (var i = 0; i < 205; i++) toggl.AddTimeEntry(id, jane, AfterCutoff.AddMinutes(i), TimeSpan.FromMinutes(15));

        var result = await Sut.ListTimeEntriesAsync($"{id}", Cutoff, Ct);

        Assert.Equal(205, result.Value!.Select(e => e.Id).Distinct().Count());
        var searches = toggl.Calls.To("POST", $"/reports/api/v3/workspace/{Workspace}/search/time_entries");
        Assert.Equal(2, searches.Count);
        Assert.Contains("\"first_row_number\":201", searches[1].Body);
    }

    [Fact]
    public async Task ListTimeEntries_NotAdmin_EntriesWithoutEmail()
    {
        var id = toggl.AddProject("Chordus");
        toggl.AddTimeEntry(id, toggl.AddUser("Jane Doe", "jane@example.com"), AfterCutoff, TimeSpan.FromHours(1));
        toggl.IsAdmin = false;

        var result = await Sut.ListTimeEntriesAsync($"{id}", Cutoff, Ct);

        Assert.Null(Assert.Single(result.Value!).Email);
    }

    [Fact]
    public async Task GetProject_WrongToken_Unauthorized()
    {
        using var wrong = TrackerServices.For(toggl, token: "wrong-token");

        var result = await wrong.Tracker(TrackerKind.Toggl).GetProjectAsync($"{toggl.AddProject("Chordus")}", Ct);

        Assert.Equal((TrackerFailureKind.Unauthorized, 401), (result.Failure!.Kind, result.Failure.StatusCode));
        Assert.Contains("TimeTracking:Toggl:ApiToken", result.Failure.Message);
    }

    [Fact]
    public async Task DeactivateProject_NotAdmin_ForbiddenSayingAdminNeeded()
    {
        var id = toggl.AddProject("Chordus");
        toggl.IsAdmin = false;

        var result = await Sut.DeactivateProjectAsync($"{id}", Ct);

        Assert.Equal((TrackerFailureKind.Forbidden, 403), (result.Failure!.Kind, result.Failure.StatusCode));
        Assert.Contains("admin", result.Failure.Message);
        Assert.True(toggl.IsActive(id));
    }

    [Fact]
    public async Task GetProject_UnknownId_NotFound()
    {
        var result = await Sut.GetProjectAsync("424242", Ct);

        Assert.Equal((TrackerFailureKind.NotFound, 404), (result.Failure!.Kind, result.Failure.StatusCode));
        Assert.Contains("Project not found", result.Failure.Message);
    }

    [Fact]
    public async Task DeactivateProject_RateLimited_WaitsRetryAfterOnTheClock()
    {
        var id = toggl.AddProject("Chordus");
        toggl.Faults.RateLimitNext(TimeSpan.FromSeconds(7), method: "PUT");

        var call = Sut.DeactivateProjectAsync($"{id}", Ct);
        await time.WaitForTimerAsync(TimeSpan.FromSeconds(7));
        time.Advance(TimeSpan.FromSeconds(6.9));
        Assert.Single(toggl.Calls.To("PUT", $"/api/v9/workspaces/{Workspace}/projects/{id}"));
        Assert.False(call.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(0.1));
        var result = await call;

        Assert.True(result.IsSuccess);
        Assert.Equal([429, 200], toggl.Calls.To("PUT", $"/api/v9/workspaces/{Workspace}/projects/{id}").Select(c => c.StatusCode));
    }
}
