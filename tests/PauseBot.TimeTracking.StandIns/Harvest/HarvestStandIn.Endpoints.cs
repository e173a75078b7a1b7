using System.Globalization;
using System.Text.Json.Nodes;

namespace PauseBot.TimeTracking.StandIns;

public sealed partial class HarvestStandIn
{
    protected override StandInResponse Handle(StandInRequest r)
    {
        if (string.IsNullOrWhiteSpace(r.Header("User-Agent")))
            return Error(400, "error", "Bad Request: a User-Agent header is required");
        if (r.Header("Authorization") != "Bearer " + AccessToken || r.Header("Harvest-Account-Id") != AccountId)
            return Json(new { error = "invalid_token", error_description = "The access token provided is expired, revoked, malformed or invalid for other reasons." }, 401);
        return (r.Method, r.Segments) switch
        {
            ("GET" or "PATCH", ["v2", "projects", _]) when !CanManageProjects =>
                Error(403, "message", "You must be an Administrator or Manager with managed projects to interact with the /v2/projects endpoint."),
            ("GET", ["v2", "projects", var id]) => WithProject(id, p => Json(ProjectJson(p))),
            ("PATCH", ["v2", "projects", var id]) => WithProject(id, p => Patch(p, r.JsonBody())),
            ("GET", ["v2", "time_entries"]) => ListEntries(r),
            ("PATCH", ["v2", "time_entries", var id, "stop"]) => Stop(id),
            ("GET", ["v2", "users"]) => CanListUsers ? Page("users", users.Values.OrderBy(u => u.Id).Select(UserJson), r)
                : Error(403, "message", "You do not have permission to view users."),
            _ => NotFound(),
        };
    }

    private StandInResponse WithProject(string id, Func<Project, StandInResponse> then) =>
        long.TryParse(id, out var pid) && projects.TryGetValue(pid, out var p) ? then(p) : NotFound();

    private StandInResponse Patch(Project project, JsonObject? body)
    {
        if (body is null) return Error(422, "message", "Request body must be JSON (Content-Type: application/json).");
        if (body["is_active"] is JsonValue active)
        {
            if (!active.TryGetValue<bool>(out var value)) return Error(422, "message", "is_active must be a boolean.");
            project.IsActive = value;
        }
        return Json(ProjectJson(project));
    }

    private StandInResponse ListEntries(StandInRequest r)
    {
        IEnumerable<Entry> found = entries.Values;
        if (r.Q("project_id") is { } pid) found = found.Where(e => e.ProjectId.ToString(CultureInfo.InvariantCulture) == pid);
        if (r.Q("user_id") is { } uid) found = found.Where(e => e.UserId.ToString(CultureInfo.InvariantCulture) == uid);
        if (r.Q("is_running") is { } running) found = found.Where(e => (e.TimerStartedAt is not null) == (running == "true"));
        if (r.Q("from") is { } from)
        {
            if (!DateOnly.TryParseExact(from, "yyyy-MM-dd", out var day)) return Error(422, "message", "from must be a date (YYYY-MM-DD).");
            found = found.Where(e => e.SpentDate >= day);
        }
        if (r.Q("to") is { } to && DateOnly.TryParseExact(to, "yyyy-MM-dd", out var until)) found = found.Where(e => e.SpentDate <= until);
        return Page("time_entries", found.OrderByDescending(e => e.SpentDate).ThenByDescending(e => e.Id).Select(EntryJson), r);
    }

    private StandInResponse Stop(string id)
    {
        if (!long.TryParse(id, out var eid) || !entries.TryGetValue(eid, out var entry)) return NotFound();
        if (entry.TimerStartedAt is not { } started) return Error(422, "message", "Only running time entries can be stopped.");
        var now = Time.GetUtcNow();
        entry.HoursWithoutTimer += Math.Round((decimal)(now - started).TotalHours, 2);
        entry.TimerStartedAt = null;
        entry.UpdatedAt = now;
        return Json(EntryJson(entry));
    }

    /// <summary>Harvest's paging: <c>page</c>, <c>per_page</c> (1–2000, default 2000) and the page fields of every list answer.</summary>
    private StandInResponse Page(string name, IEnumerable<object> items, StandInRequest r)
    {
        var all = items.ToList();
        var perPage = int.TryParse(r.Q("per_page"), out var pp) ? pp : 2000;
        var page = int.TryParse(r.Q("page"), out var pg) ? pg : 1;
        if (perPage is < 1 or > 2000 || page < 1) return Error(422, "message", "per_page must be 1-2000 and page at least 1.");
        var pages = Math.Max(1, (all.Count + perPage - 1) / perPage);
        var body = new JsonObject
        {
            [name] = JsonSerializer(all.Skip((page - 1) * perPage).Take(perPage)),
            ["per_page"] = perPage, ["total_pages"] = pages, ["total_entries"] = all.Count,
            ["next_page"] = page < pages ? page + 1 : null, ["previous_page"] = page > 1 ? page - 1 : null, ["page"] = page,
        };
        return new StandInResponse(200, body.ToJsonString());
    }

    private static JsonNode? JsonSerializer(IEnumerable<object> items) =>
        System.Text.Json.JsonSerializer.SerializeToNode(items.ToList(), StandInJson.SnakeCase);

    private static object ProjectJson(Project p) => new
    {
        p.Id, p.Name, Code = (string?)null, p.IsActive, IsBillable = true, IsFixedFee = false, BillBy = "Project",
        Client = new { Id = 5735776, Name = "123 Industries", Currency = "USD" },
    };

    private object UserJson(User u) => new { u.Id, u.FirstName, u.LastName, u.Email, IsActive = true, IsContractor = true, Timezone = "Etc/UTC" };

    private object EntryJson(Entry e)
    {
        var running = e.TimerStartedAt is { } started ? Math.Round((decimal)(Time.GetUtcNow() - started).TotalHours, 2) : 0m;
        var user = users.GetValueOrDefault(e.UserId);
        return new
        {
            e.Id, SpentDate = e.SpentDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            User = new { Id = e.UserId, Name = user?.Name ?? "Unknown" },
            Project = new { Id = e.ProjectId, Name = projects.GetValueOrDefault(e.ProjectId)?.Name ?? "Unknown" },
            Task = new { Id = 8083365, Name = "Development" },
            Hours = e.HoursWithoutTimer + running, e.HoursWithoutTimer, RoundedHours = e.HoursWithoutTimer + running,
            Notes = (string?)null, IsLocked = false, IsClosed = false, IsBilled = false, e.TimerStartedAt,
            IsRunning = e.TimerStartedAt is not null, e.Billable, Budgeted = true, e.CreatedAt, e.UpdatedAt,
        };
    }

    private static StandInResponse Json(object value, int status = 200) => StandInResponse.Json(value, StandInJson.SnakeCase, status);

    private static StandInResponse Error(int status, string field, string message) => new(status, new JsonObject { [field] = message }.ToJsonString());

    private static StandInResponse NotFound() => new(404, """{"status":404,"error":"Not Found"}""");
}
