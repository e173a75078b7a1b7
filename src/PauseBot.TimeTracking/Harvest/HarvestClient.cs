using System.Globalization;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PauseBot.TimeTracking.Http;

namespace PauseBot.TimeTracking.Harvest;

/// <summary>
/// Harvest API v2 (https://help.getharvest.com/api-v2/). Every request carries <c>Authorization: Bearer {token}</c>,
/// <c>Harvest-Account-Id</c> and a <c>User-Agent</c> (Harvest answers 400 without one). Endpoints used:
/// <list type="bullet">
/// <item><c>GET /v2/projects/{PROJECT_ID}</c> and <c>PATCH /v2/projects/{PROJECT_ID}</c> with <c>is_active</c>
/// ("Whether the project is active or archived"; https://help.getharvest.com/api-v2/projects-api/projects/projects/).
/// Administrators or Managers of the project only, else 403.</item>
/// <item><c>GET /v2/time_entries?project_id=&amp;from=&amp;is_running=&amp;page=&amp;per_page=</c> ("from: Only return time
/// entries with a spent_date on or after the given date"; per_page up to 2000; <c>next_page</c> for paging) and
/// <c>PATCH /v2/time_entries/{TIME_ENTRY_ID}/stop</c> ("Stopping a time entry is only possible if it's currently running")
/// (https://help.getharvest.com/api-v2/timesheets-api/timesheets/time-entries/).</item>
/// <item><c>GET /v2/users?page=&amp;per_page=</c> for the email of each entry's user (the entry carries only id and name;
/// https://help.getharvest.com/api-v2/users-api/users/users/); without permission to list users, entries have no email.</item>
/// </list>
/// </summary>
internal sealed class HarvestClient : ITimeTracker
{
    private const int PageSize = 2000, MaxPages = 50;
    private static readonly FailureText Words = new(TrackerKind.Harvest,
        UnauthorizedHint: "Create a personal access token at https://id.getharvest.com/developers, set it as TimeTracking:Harvest:AccessToken, and check that TimeTracking:Harvest:AccountId is the account it belongs to.",
        ForbiddenHint: "Use the token of a Harvest Administrator, or of a Manager who manages this project.",
        NotFoundHint: "Check the project id (the number in the project's Harvest URL) and link it again with /pausebot tracker link.");

    private readonly TrackerHttp http;
    private readonly HarvestOptions options;
    private readonly ILogger log;

    public HarvestClient(HttpClient client, IOptions<TimeTrackingOptions> options, ILogger<HarvestClient> log)
    {
        this.options = options.Value.Harvest;
        this.log = log;
        http = new TrackerHttp(client, TrackerKind.Harvest, log);
    }

    public TrackerKind Kind => TrackerKind.Harvest;

    public Task<TrackerResult<TrackerProject>> GetProjectAsync(string projectId, CancellationToken ct = default) =>
        ProjectCallAsync(HttpMethod.Get, projectId, null, "read", ct);

    public Task<TrackerResult<TrackerProject>> DeactivateProjectAsync(string projectId, CancellationToken ct = default) =>
        ProjectCallAsync(HttpMethod.Patch, projectId, new HarvestProjectPatch(IsActive: false), "deactivate", ct);

    public Task<TrackerResult<TrackerProject>> ReactivateProjectAsync(string projectId, CancellationToken ct = default) =>
        ProjectCallAsync(HttpMethod.Patch, projectId, new HarvestProjectPatch(IsActive: true), "reactivate", ct);

    public async Task<TrackerResult<TimersStopped>> StopRunningTimersAsync(string projectId, CancellationToken ct = default)
    {
        if (BadId(projectId, "stop timers on") is { } bad) return bad;
        var running = await EntriesAsync(projectId, $"is_running=true", "find running timers on", ct);
        if (!running.IsSuccess) return running.Failure;
        var stopped = 0;
        foreach (var entry in running.Value.Where(e => e.IsRunning))
        {
            var action = $"stop timer {entry.Id} on project {projectId}";
            // 422: it stopped meanwhile; 404: it was deleted meanwhile. Either way nothing runs any more.
            var answer = await http.SendAsync(HttpMethod.Patch, Url($"v2/time_entries/{entry.Id}/stop"), Authorize, "stop timer",
                Words.For(action, $"time entry {entry.Id}"), ct, content: null, 422, 404);
            if (!answer.IsSuccess) return answer.Failure;
            if (answer.Value.StatusCode is >= 200 and < 300) stopped++;
        }
        return TrackerResult<TimersStopped>.Success(new TimersStopped(stopped));
    }

    public async Task<TrackerResult<IReadOnlyList<TrackerTimeEntry>>> ListTimeEntriesAsync(string projectId, DateOnly from,
        CancellationToken ct = default)
    {
        if (BadId(projectId, "read time entries of") is { } bad) return bad;
        var entries = await EntriesAsync(projectId, "from=" + from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "read time entries of", ct);
        if (!entries.IsSuccess) return entries.Failure;
        var emails = new Dictionary<long, string?>();
        if (entries.Value.Count > 0)
        {
            var users = await UsersAsync(ct);
            if (users.IsSuccess) emails = users.Value;
            else if (users.Failure.Kind is TrackerFailureKind.Forbidden or TrackerFailureKind.NotFound)
                Log.EmailsUnavailable(log, Kind, "time entries", users.Failure.Kind);
            else return users.Failure;
        }
        return TrackerResult<IReadOnlyList<TrackerTimeEntry>>.Success([.. entries.Value.Select(e => new TrackerTimeEntry(
            e.Id.ToString(CultureInfo.InvariantCulture), e.User?.Name ?? "someone", e.User is { } u ? emails.GetValueOrDefault(u.Id) : null,
            Math.Round(e.Hours, 2, MidpointRounding.AwayFromZero), e.SpentDate, e.IsRunning, e.CreatedAt))]);
    }

    private async Task<TrackerResult<TrackerProject>> ProjectCallAsync(HttpMethod method, string projectId, HarvestProjectPatch? patch,
        string verb, CancellationToken ct)
    {
        if (BadId(projectId, verb) is { } bad) return bad;
        var result = await http.SendJsonAsync<HarvestProject>(method, Url($"v2/projects/{projectId}"), Authorize, verb + " project",
            Words.For($"{verb} project {projectId}", $"project {projectId}"), TrackerJson.SnakeCase, ct,
            patch is null ? null : TrackerHttp.Json(patch, TrackerJson.SnakeCase));
        return result.IsSuccess
            ? TrackerResult<TrackerProject>.Success(new TrackerProject(result.Value.Id.ToString(CultureInfo.InvariantCulture), result.Value.Name, result.Value.IsActive))
            : result.Failure;
    }

    private async Task<TrackerResult<List<HarvestTimeEntry>>> EntriesAsync(string projectId, string filter, string verb, CancellationToken ct)
    {
        var all = new List<HarvestTimeEntry>();
        for (int? page = 1; page is { } p; )
        {
            if (p > MaxPages) { Log.PageLimit(log, Kind, verb, MaxPages); break; }
            var result = await http.SendJsonAsync<HarvestTimeEntryPage>(HttpMethod.Get,
                Url($"v2/time_entries?project_id={projectId}&{filter}&page={p}&per_page={PageSize}"), Authorize, verb + " project",
                Words.For($"{verb} project {projectId}", $"project {projectId}"), TrackerJson.SnakeCase, ct);
            if (!result.IsSuccess) return result.Failure;
            all.AddRange(result.Value.TimeEntries ?? []);
            page = result.Value.NextPage is { } next && next > p ? next : null;
        }
        return TrackerResult<List<HarvestTimeEntry>>.Success(all);
    }

    private async Task<TrackerResult<Dictionary<long, string?>>> UsersAsync(CancellationToken ct)
    {
        var emails = new Dictionary<long, string?>();
        for (int? page = 1; page is { } p && p <= MaxPages; )
        {
            var result = await http.SendJsonAsync<HarvestUserPage>(HttpMethod.Get, Url($"v2/users?page={p}&per_page={PageSize}"), Authorize,
                "list users", Words.For("list users (for their emails)", "user list"), TrackerJson.SnakeCase, ct);
            if (!result.IsSuccess) return result.Failure;
            foreach (var user in result.Value.Users ?? []) emails[user.Id] = string.IsNullOrWhiteSpace(user.Email) ? null : user.Email;
            page = result.Value.NextPage is { } next && next > p ? next : null;
        }
        return TrackerResult<Dictionary<long, string?>>.Success(emails);
    }

    private TrackerFailure? BadId(string projectId, string verb) =>
        long.TryParse(projectId, NumberStyles.None, CultureInfo.InvariantCulture, out _) ? null
            : new TrackerFailure(Kind, TrackerFailureKind.NotFound, null,
                $"Harvest project ids are numbers (the number in the project's Harvest URL); '{projectId}' is not one, so PauseBot could not {verb} it.");

    private Uri Url(string relative) => new(TrackerJson.Root(options.BaseUrl), relative);

    private void Authorize(HttpRequestHeaders headers)
    {
        headers.Authorization = new AuthenticationHeaderValue("Bearer", options.AccessToken);
        headers.Add("Harvest-Account-Id", options.AccountId);
        headers.TryAddWithoutValidation("User-Agent", options.UserAgent);
    }
}
