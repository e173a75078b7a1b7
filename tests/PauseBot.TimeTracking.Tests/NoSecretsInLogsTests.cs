using System.Text;
using PauseBot.TimeTracking.StandIns;
using PauseBot.TimeTracking.Tests.TestSupport;

namespace PauseBot.TimeTracking.Tests;

/// <summary>Every call of every tracker, successes, retries and failures alike, logged at Trace: no credential anywhere.</summary>
public sealed class NoSecretsInLogsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly DateOnly Day = new(2026, 3, 10);

    [Fact]
    public async Task Harvest_EveryOperation_NoTokenLogged()
    {
        await using var harvest = await HarvestStandIn.StartAsync(ct: Ct);
        var project = $"{harvest.AddProject("Chordus")}";
        harvest.StartTimer(long.Parse(project), harvest.AddUser("Jane", "Doe", "jane@example.com"));
        using var services = TrackerServices.For(harvest);
        using var wrong = TrackerServices.For(harvest, token: "wrong-harvest-secret");

        await RunAll(services.Tracker(TrackerKind.Harvest), project, () => harvest.Faults.FailNext(500, 1));
        await wrong.Tracker(TrackerKind.Harvest).GetProjectAsync(project, Ct);

        AssertClean([.. services.Logs.Lines, .. wrong.Logs.Lines], harvest.AccessToken, "wrong-harvest-secret");
    }

    [Fact]
    public async Task Toggl_EveryOperation_NoTokenLogged()
    {
        await using var toggl = await TogglStandIn.StartAsync(ct: Ct);
        var project = $"{toggl.AddProject("Chordus")}";
        toggl.StartTimer(long.Parse(project));
        using var services = TrackerServices.For(toggl);
        using var wrong = TrackerServices.For(toggl, token: "wrong-toggl-secret");

        await RunAll(services.Tracker(TrackerKind.Toggl), project, () => toggl.Faults.FailNext(500, 1));
        await wrong.Tracker(TrackerKind.Toggl).GetProjectAsync(project, Ct);

        AssertClean([.. services.Logs.Lines, .. wrong.Logs.Lines], toggl.ApiToken, Basic(toggl.ApiToken), "wrong-toggl-secret", Basic("wrong-toggl-secret"));
    }

    [Fact]
    public async Task Clockify_EveryOperation_NoKeyLogged()
    {
        await using var clockify = await ClockifyStandIn.StartAsync(ct: Ct);
        var project = clockify.AddProject("Chordus");
        clockify.StartTimer(project, clockify.AddUser("Jane Doe", "jane@example.com"));
        using var services = TrackerServices.For(clockify);
        using var wrong = TrackerServices.For(clockify, key: "wrong-clockify-secret");

        await RunAll(services.Tracker(TrackerKind.Clockify), project, () => clockify.Faults.FailNext(500, 1));
        await wrong.Tracker(TrackerKind.Clockify).GetProjectAsync(project, Ct);

        AssertClean([.. services.Logs.Lines, .. wrong.Logs.Lines], clockify.ApiKey, "wrong-clockify-secret");
    }

    private static async Task RunAll(ITimeTracker tracker, string project, Action failOnce)
    {
        failOnce();
        Assert.True((await tracker.GetProjectAsync(project, Ct)).IsSuccess);
        Assert.True((await tracker.DeactivateProjectAsync(project, Ct)).IsSuccess);
        Assert.True((await tracker.StopRunningTimersAsync(project, Ct)).IsSuccess);
        Assert.True((await tracker.ListTimeEntriesAsync(project, Day, Ct)).IsSuccess);
        Assert.True((await tracker.ReactivateProjectAsync(project, Ct)).IsSuccess);
        Assert.False((await tracker.GetProjectAsync(tracker.Kind == TrackerKind.Clockify ? "ffff" : "1", Ct)).IsSuccess);
    }

    private static void AssertClean(IReadOnlyList<string> lines, params string[] secrets)
    {
        Assert.Contains(lines, l => l.Contains("retried", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("System.Net.Http.HttpClient", StringComparison.Ordinal));
        foreach (var secret in secrets)
            Assert.DoesNotContain(lines, l => l.Contains(secret, StringComparison.Ordinal));
    }

    private static string Basic(string token) => Convert.ToBase64String(Encoding.UTF8.GetBytes(token + ":api_token"));
}
