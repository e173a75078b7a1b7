using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PauseBot.TimeTracking.Http;

namespace PauseBot.TimeTracking.Toggl;

/// <summary>
/// Toggl Track API v9 and Reports API v3 (https://engineering.toggl.com/docs/), HTTP basic auth <c>{api_token}:api_token</c>.
/// Endpoints used:
/// <list type="bullet">
/// <item><c>GET /api/v9/workspaces/{workspace_id}/projects/{project_id}</c> and <c>PUT</c> of the same with <c>active</c>
/// ("Whether the project is active or archived"; https://engineering.toggl.com/docs/api/projects).</item>
/// <item><c>GET /api/v9/me/time_entries/current</c> (the token owner's running entry, or null) and
/// <c>PATCH /api/v9/workspaces/{workspace_id}/time_entries/{time_entry_id}/stop</c> (409 when already stopped)
/// (https://engineering.toggl.com/docs/api/time_entries). Toggl's API lists other members' running entries to nobody, so
/// only the token owner's timer can be stopped: <see cref="TimersStopped.Limitation"/> says so.</item>
/// <item><c>POST /reports/api/v3/workspace/{workspace_id}/search/time_entries</c> with <c>start_date</c>, <c>end_date</c>,
/// <c>project_ids</c>, paged by the <c>X-Next-ID</c>/<c>X-Next-Row-Number</c> headers ("time entries of all the workspace
/// users" are read through the Reports API; https://engineering.toggl.com/docs/track/reports/detailed_reports).</item>
/// <item><c>GET /api/v9/workspaces/{workspace_id}/users</c> for members' emails (admins only; otherwise no email).</item>
/// </list>
/// </summary>
internal sealed class TogglClient : ITimeTracker
{
    private const int PageSize = 200, MaxPages = 50;
    private const string OwnTimerOnly = TrackerLimits.TogglOwnTimerOnly;
    private static readonly FailureText Words = new(TrackerKind.Toggl,
        UnauthorizedHint: "Copy the API token of a workspace admin from Toggl's Profile settings into TimeTracking:Toggl:ApiToken.",
        ForbiddenHint: "The token must belong to an admin of workspace TimeTracking:Toggl:WorkspaceId; check both.",
        NotFoundHint: "Check the project id (the number in the project's Toggl URL) and that it is in workspace TimeTracking:Toggl:WorkspaceId, then link it again with /pausebot tracker link.");

    private readonly TrackerHttp http;
    private readonly TogglOptions options;
    private readonly TimeProvider time;
    private readonly ILogger log;

    public TogglClient(HttpClient client, IOptions<TimeTrackingOptions> options, TimeProvider time, ILogger<TogglClient> log)
    {
        this.options = options.Value.Toggl;
        this.time = time;
        this.log = log;
        http = new TrackerHttp(client, TrackerKind.Toggl, log);
    }

    public TrackerKind Kind => TrackerKind.Toggl;

    private string Workspace => options.WorkspaceId!.Trim();

    public Task<TrackerResult<TrackerProject>> GetProjectAsync(string projectId, CancellationToken ct = default) =>
        ProjectCallAsync(HttpMethod.Get, projectId, null, "read", ct);

    public Task<TrackerResult<TrackerProject>> DeactivateProjectAsync(string projectId, CancellationToken ct = default) =>
        ProjectCallAsync(HttpMethod.Put, projectId, new TogglProjectUpdate(Active: false), "archive", ct);

    public Task<TrackerResult<TrackerProject>> ReactivateProjectAsync(string projectId, CancellationToken ct = default) =>
        ProjectCallAsync(HttpMethod.Put, projectId, new TogglProjectUpdate(Active: true), "unarchive", ct);

    public async Task<TrackerResult<TimersStopped>> StopRunningTimersAsync(string projectId, CancellationToken ct = default)
    {
        if (BadId(projectId, "stop timers on") is { } bad) return bad;
        var words = Words.For($"find the running timer on project {projectId}", "running timer");
        var current = await http.SendAsync(HttpMethod.Get, Url("api/v9/me/time_entries/current"), Authorize, "current timer", words, ct);
        if (!current.IsSuccess) return current.Failure;
        if (IsJsonNull(current.Value.Body)) return TrackerResult<TimersStopped>.Success(new TimersStopped(0, OwnTimerOnly));
        var entry = http.Read<TogglTimeEntry>(current.Value, TrackerJson.SnakeCase, "current timer", words);
        if (!entry.IsSuccess) return entry.Failure;
        var running = entry.Value;
        if (running.Duration >= 0 || running.ProjectId?.ToString(CultureInfo.InvariantCulture) != projectId
            || running.WorkspaceId.ToString(CultureInfo.InvariantCulture) != Workspace)
            return TrackerResult<TimersStopped>.Success(new TimersStopped(0, OwnTimerOnly));
        // 409: it stopped meanwhile; 404: it was deleted meanwhile.
        var stop = await http.SendAsync(HttpMethod.Patch, Url($"api/v9/workspaces/{Workspace}/time_entries/{running.Id}/stop"), Authorize,
            "stop timer", Words.For($"stop timer {running.Id} on project {projectId}", $"time entry {running.Id}"), ct, null, 409, 404);
        if (!stop.IsSuccess) return stop.Failure;
        return TrackerResult<TimersStopped>.Success(new TimersStopped(stop.Value.StatusCode is >= 200 and < 300 ? 1 : 0, OwnTimerOnly));
    }

    public async Task<TrackerResult<IReadOnlyList<TrackerTimeEntry>>> ListTimeEntriesAsync(string projectId, DateOnly from,
        CancellationToken ct = default)
    {
        if (BadId(projectId, "read time entries of") is { } bad) return bad;
        var rows = await ReportRowsAsync(long.Parse(projectId, CultureInfo.InvariantCulture), from, ct);
        if (!rows.IsSuccess) return rows.Failure;
        var emails = new Dictionary<long, string?>();
        if (rows.Value.Count > 0)
        {
            var users = await http.SendJsonAsync<List<TogglWorkspaceUser>>(HttpMethod.Get, Url($"api/v9/workspaces/{Workspace}/users"), Authorize,
                "list users", Words.For("list workspace users (for their emails)", "user list"), TrackerJson.SnakeCase, ct);
            if (users.IsSuccess) emails = users.Value.GroupBy(u => u.Id).ToDictionary(g => g.Key, g => g.First().Email is { Length: > 0 } e ? e : null);
            else if (users.Failure.Kind is TrackerFailureKind.Forbidden or TrackerFailureKind.NotFound) Log.EmailsUnavailable(log, Kind, "time entries", users.Failure.Kind);
            else return users.Failure;
        }
        var now = time.GetUtcNow();
        return TrackerResult<IReadOnlyList<TrackerTimeEntry>>.Success([.. rows.Value.SelectMany(row => (row.TimeEntries ?? []).Select(e =>
            new TrackerTimeEntry(e.Id.ToString(CultureInfo.InvariantCulture), row.Username ?? "someone", emails.GetValueOrDefault(row.UserId),
                TrackerJson.Hours(e.Stop is null ? now - e.Start : TimeSpan.FromSeconds(Math.Max(0, e.Seconds))),
                DateOnly.FromDateTime(e.Start.DateTime), e.Stop is null, e.Start)))]);
    }

    private async Task<TrackerResult<List<TogglReportRow>>> ReportRowsAsync(long projectId, DateOnly from, CancellationToken ct)
    {
        var rows = new List<TogglReportRow>();
        // end_date a day ahead of UTC today so entries dated in zones east of UTC are included.
        var to = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).AddDays(1);
        var request = new TogglSearchRequest(Day(from), Day(to < from ? from : to), [projectId], PageSize);
        for (var page = 1; ; page++)
        {
            if (page > MaxPages) { Log.PageLimit(log, Kind, "time entries", MaxPages); break; }
            var answer = await http.SendAsync(HttpMethod.Post, Url($"reports/api/v3/workspace/{Workspace}/search/time_entries"), Authorize,
                "search time entries", Words.For($"read time entries of project {projectId}", $"workspace {Workspace}"), ct,
                TrackerHttp.Json(request, TrackerJson.SnakeCase));
            if (!answer.IsSuccess) return answer.Failure;
            var parsed = http.Read<List<TogglReportRow>>(answer.Value, TrackerJson.SnakeCase, "search time entries",
                Words.For($"read time entries of project {projectId}", $"workspace {Workspace}"));
            if (!parsed.IsSuccess) return parsed.Failure;
            rows.AddRange(parsed.Value);
            if (Header(answer.Value, "X-Next-ID") is not { } nextId) break;
            request = request with
            {
                FirstId = nextId, FirstRowNumber = Header(answer.Value, "X-Next-Row-Number"), FirstTimestamp = Header(answer.Value, "X-Next-Timestamp"),
            };
        }
        return TrackerResult<List<TogglReportRow>>.Success(rows);
    }

    private async Task<TrackerResult<TrackerProject>> ProjectCallAsync(HttpMethod method, string projectId, TogglProjectUpdate? update,
        string verb, CancellationToken ct)
    {
        if (BadId(projectId, verb) is { } bad) return bad;
        var result = await http.SendJsonAsync<TogglProject>(method, Url($"api/v9/workspaces/{Workspace}/projects/{projectId}"), Authorize,
            verb + " project", Words.For($"{verb} project {projectId}", $"project {projectId} in workspace {Workspace}"), TrackerJson.SnakeCase, ct,
            update is null ? null : TrackerHttp.Json(update, TrackerJson.SnakeCase));
        return result.IsSuccess
            ? TrackerResult<TrackerProject>.Success(new TrackerProject(result.Value.Id.ToString(CultureInfo.InvariantCulture), result.Value.Name, result.Value.Active))
            : result.Failure;
    }

    private TrackerFailure? BadId(string projectId, string verb) =>
        long.TryParse(projectId, NumberStyles.None, CultureInfo.InvariantCulture, out _) ? null
            : new TrackerFailure(Kind, TrackerFailureKind.NotFound, null,
                $"Toggl project ids are numbers (the number in the project's Toggl URL); '{projectId}' is not one, so PauseBot could not {verb} it.");

    private static long? Header(TrackerAnswer answer, string name) =>
        answer.Headers.TryGetValues(name, out var values) && long.TryParse(values.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v)
            ? v : null;

    private static bool IsJsonNull(byte[] body) => body.Length == 0 || Encoding.UTF8.GetString(body).Trim() is "null" or "";

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private Uri Url(string relative) => new(TrackerJson.Root(options.BaseUrl), relative);

    private void Authorize(HttpRequestHeaders headers) =>
        headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(options.ApiToken + ":api_token")));
}
