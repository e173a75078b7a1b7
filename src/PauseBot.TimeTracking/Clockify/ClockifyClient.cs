using System.Globalization;
using System.Net.Http.Headers;
using System.Xml;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Logging;
using PauseBot.TimeTracking.Http;

namespace PauseBot.TimeTracking.Clockify;

/// <summary>
/// Clockify API v1 (https://docs.clockify.me/), header <c>X-Api-Key</c>. Endpoints used:
/// <list type="bullet">
/// <item><c>GET /v1/workspaces/{workspaceId}/projects/{projectId}</c> and <c>PUT</c> of the same with <c>archived</c>.</item>
/// <item><c>GET /v1/workspaces/{workspaceId}/time-entries/status/in-progress</c> (every running entry in the workspace,
/// admins) and <c>PATCH /v1/workspaces/{workspaceId}/user/{userId}/time-entries</c> with <c>end</c> ("stop currently running
/// timer on workspace for user"; 404 when none runs).</item>
/// <item><c>GET /v1/workspaces/{workspaceId}/users?page=&amp;page-size=</c> (id, name, email) and, per user,
/// <c>GET /v1/workspaces/{workspaceId}/user/{userId}/time-entries?project=&amp;start=&amp;page=&amp;page-size=</c>
/// (entries are listed per user; <c>timeInterval.duration</c> is ISO 8601, null while running).</item>
/// </list>
/// </summary>
internal sealed class ClockifyClient : ITimeTracker
{
    private const int PageSize = 200, MaxPages = 50;
    private static readonly FailureText Words = new(TrackerKind.Clockify,
        UnauthorizedHint: "Generate an API key of a workspace admin in Clockify (Profile settings → API) and set it as TimeTracking:Clockify:ApiKey.",
        ForbiddenHint: "The key must belong to an admin of workspace TimeTracking:Clockify:WorkspaceId (or a manager of this project); check both.",
        NotFoundHint: "Check the project id (in the project's Clockify URL) and that it is in workspace TimeTracking:Clockify:WorkspaceId, then link it again with /pausebot tracker link.");

    private readonly TrackerHttp http;
    private readonly ClockifyOptions options;
    private readonly TimeProvider time;

    public ClockifyClient(HttpClient client, IOptions<TimeTrackingOptions> options, TimeProvider time, ILogger<ClockifyClient> log)
    {
        this.options = options.Value.Clockify;
        this.time = time;
        http = new TrackerHttp(client, TrackerKind.Clockify, log);
    }

    public TrackerKind Kind => TrackerKind.Clockify;

    private string Workspace => Uri.EscapeDataString(options.WorkspaceId!.Trim());

    public Task<TrackerResult<TrackerProject>> GetProjectAsync(string projectId, CancellationToken ct = default) =>
        ProjectCallAsync(HttpMethod.Get, projectId, null, "read", ct);

    public Task<TrackerResult<TrackerProject>> DeactivateProjectAsync(string projectId, CancellationToken ct = default) =>
        ProjectCallAsync(HttpMethod.Put, projectId, new ClockifyProjectUpdate(Archived: true), "archive", ct);

    public Task<TrackerResult<TrackerProject>> ReactivateProjectAsync(string projectId, CancellationToken ct = default) =>
        ProjectCallAsync(HttpMethod.Put, projectId, new ClockifyProjectUpdate(Archived: false), "unarchive", ct);

    public async Task<TrackerResult<TimersStopped>> StopRunningTimersAsync(string projectId, CancellationToken ct = default)
    {
        if (BadId(projectId, "stop timers on") is { } bad) return bad;
        var running = await PagesAsync<ClockifyTimeEntry>($"v1/workspaces/{Workspace}/time-entries/status/in-progress", "running timers",
            Words.For($"find running timers on project {projectId}", $"workspace {options.WorkspaceId}"), ct);
        if (!running.IsSuccess) return running.Failure;
        var stopped = 0;
        var end = new ClockifyStopTimer(time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
        foreach (var user in running.Value.Where(e => e.ProjectId == projectId).Select(e => e.UserId).Distinct())
        {
            // 404: the timer stopped meanwhile.
            var answer = await http.SendAsync(HttpMethod.Patch, Url($"v1/workspaces/{Workspace}/user/{Uri.EscapeDataString(user)}/time-entries"),
                Authorize, "stop timer", Words.For($"stop the running timer of user {user} on project {projectId}", "running timer"), ct,
                TrackerHttp.Json(end, TrackerJson.CamelCase), 404);
            if (!answer.IsSuccess) return answer.Failure;
            if (answer.Value.StatusCode is >= 200 and < 300) stopped++;
        }
        return TrackerResult<TimersStopped>.Success(new TimersStopped(stopped));
    }

    public async Task<TrackerResult<IReadOnlyList<TrackerTimeEntry>>> ListTimeEntriesAsync(string projectId, DateOnly from,
        CancellationToken ct = default)
    {
        if (BadId(projectId, "read time entries of") is { } bad) return bad;
        var words = Words.For($"read time entries of project {projectId}", $"project {projectId}");
        var users = await PagesAsync<ClockifyUser>($"v1/workspaces/{Workspace}/users", "list users", words, ct);
        if (!users.IsSuccess) return users.Failure;
        var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        var now = time.GetUtcNow();
        var entries = new List<TrackerTimeEntry>();
        foreach (var user in users.Value)
        {
            var listed = await PagesAsync<ClockifyTimeEntry>(
                $"v1/workspaces/{Workspace}/user/{Uri.EscapeDataString(user.Id)}/time-entries?project={Uri.EscapeDataString(projectId)}&start={start}",
                "time entries", words, ct);
            if (!listed.IsSuccess) return listed.Failure;
            entries.AddRange(listed.Value.Where(e => e.ProjectId is null || e.ProjectId == projectId).Select(e => new TrackerTimeEntry(
                e.Id, user.Name is { Length: > 0 } name ? name : "someone", user.Email is { Length: > 0 } email ? email : null,
                TrackerJson.Hours(e.TimeInterval.End is null ? now - e.TimeInterval.Start : Duration(e.TimeInterval)),
                DateOnly.FromDateTime(e.TimeInterval.Start.UtcDateTime), e.TimeInterval.End is null, e.TimeInterval.Start)));
        }
        return TrackerResult<IReadOnlyList<TrackerTimeEntry>>.Success(entries);
    }

    private async Task<TrackerResult<TrackerProject>> ProjectCallAsync(HttpMethod method, string projectId, ClockifyProjectUpdate? update,
        string verb, CancellationToken ct)
    {
        if (BadId(projectId, verb) is { } bad) return bad;
        var result = await http.SendJsonAsync<ClockifyProject>(method, Url($"v1/workspaces/{Workspace}/projects/{Uri.EscapeDataString(projectId)}"),
            Authorize, verb + " project", Words.For($"{verb} project {projectId}", $"project {projectId} in workspace {options.WorkspaceId}"),
            TrackerJson.CamelCase, ct, update is null ? null : TrackerHttp.Json(update, TrackerJson.CamelCase));
        return result.IsSuccess
            ? TrackerResult<TrackerProject>.Success(new TrackerProject(result.Value.Id, result.Value.Name, !result.Value.Archived))
            : result.Failure;
    }

    /// <summary>Every page of a Clockify list (<c>page</c>, <c>page-size</c>); a page shorter than the page size is the last.</summary>
    private async Task<TrackerResult<List<T>>> PagesAsync<T>(string path, string operation, DescribeFailure words, CancellationToken ct)
    {
        var all = new List<T>();
        var separator = path.Contains('?') ? '&' : '?';
        for (var page = 1; page <= MaxPages; page++)
        {
            var result = await http.SendJsonAsync<List<T>>(HttpMethod.Get, Url($"{path}{separator}page={page}&page-size={PageSize}"), Authorize,
                operation, words, TrackerJson.CamelCase, ct);
            if (!result.IsSuccess) return result.Failure;
            all.AddRange(result.Value);
            if (result.Value.Count < PageSize) break;
        }
        return TrackerResult<List<T>>.Success(all);
    }

    private static TimeSpan Duration(ClockifyInterval interval)
    {
        if (interval.Duration is { Length: > 0 } iso)
            try { return XmlConvert.ToTimeSpan(iso); } catch (FormatException) { }
        return interval.End is { } end ? end - interval.Start : TimeSpan.Zero;
    }

    private TrackerFailure? BadId(string projectId, string verb) =>
        !string.IsNullOrWhiteSpace(projectId) && projectId.All(char.IsAsciiLetterOrDigit) ? null
            : new TrackerFailure(Kind, TrackerFailureKind.NotFound, null,
                $"Clockify project ids are letters and digits (in the project's Clockify URL); '{projectId}' is not one, so PauseBot could not {verb} it.");

    private Uri Url(string relative) => new(TrackerJson.Root(options.BaseUrl), relative);

    private void Authorize(HttpRequestHeaders headers) => headers.Add("X-Api-Key", options.ApiKey);
}
