using System.Globalization;
using System.Text.Json.Nodes;
using System.Xml;

namespace PauseBot.TimeTracking.StandIns;

public sealed partial class ClockifyStandIn
{
    protected override StandInResponse Handle(StandInRequest r)
    {
        if (r.Header("X-Api-Key") != ApiKey)
            return Error(401, "Full authentication is required to access this resource", 1000);
        return (r.Method, r.Segments) switch
        {
            (_, ["api", "v1", "workspaces", var wid, ..]) when wid != WorkspaceId => Forbidden(),
            ("GET", ["api", "v1", "workspaces", _, "projects", var id]) => WithProject(id, p => Json(ProjectJson(p))),
            ("PUT", ["api", "v1", "workspaces", _, "projects", var id]) => !IsAdmin ? Forbidden() : WithProject(id, p => Update(p, r.JsonBody())),
            ("GET", ["api", "v1", "workspaces", _, "users"]) => Page(users.Values.OrderBy(u => u.Id).Select(UserJson), r),
            ("GET", ["api", "v1", "workspaces", _, "time-entries", "status", "in-progress"]) => !IsAdmin ? Forbidden()
                : Page(entries.Where(e => e.End is null).OrderBy(e => e.Start).Select(EntryJson), r),
            ("GET", ["api", "v1", "workspaces", _, "user", var uid, "time-entries"]) => UserEntries(uid, r),
            ("PATCH", ["api", "v1", "workspaces", _, "user", var uid, "time-entries"]) => StopTimer(uid, r.JsonBody()),
            _ => Error(404, "Not found", 404),
        };
    }

    private StandInResponse WithProject(string id, Func<Project, StandInResponse> then) =>
        projects.TryGetValue(id, out var p) ? then(p) : Error(404, "Project not found", 501);

    private StandInResponse Update(Project project, JsonObject? body)
    {
        if (body is null) return Error(400, "Request body is not valid JSON", 501);
        if (body["archived"] is JsonValue archived)
        {
            if (!archived.TryGetValue<bool>(out var value)) return Error(400, "archived must be a boolean", 501);
            project.Archived = value;
        }
        return Json(ProjectJson(project));
    }

    private StandInResponse UserEntries(string userId, StandInRequest r)
    {
        if (!users.ContainsKey(userId)) return Error(404, "User not found", 501);
        IEnumerable<Entry> found = entries.Where(e => e.UserId == userId);
        if (r.Q("project") is { } project) found = found.Where(e => e.ProjectId == project);
        if (r.Q("in-progress") == "true") found = found.Where(e => e.End is null);
        if (r.Q("start") is { } start)
        {
            if (!DateTimeOffset.TryParseExact(start, "yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var from))
                return Error(400, "start must be yyyy-MM-ddThh:mm:ssZ", 501);
            found = found.Where(e => e.Start >= from);
        }
        return Page(found.OrderByDescending(e => e.Start).Select(EntryJson), r);
    }

    private StandInResponse StopTimer(string userId, JsonObject? body)
    {
        if (!users.ContainsKey(userId)) return Error(404, "User not found", 501);
        if (!IsAdmin && userId != OwnerUserId) return Forbidden();
        if (body?["end"]?.GetValue<string>() is not { } endText || !DateTimeOffset.TryParse(endText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var end))
            return Error(400, "end is required (yyyy-MM-ddThh:mm:ssZ)", 501);
        if (entries.FirstOrDefault(e => e.UserId == userId && e.End is null) is not { } running)
            return Error(404, "No time entry is running for this user", 501);
        running.End = end < running.Start ? running.Start : end;
        return Json(EntryJson(running));
    }

    /// <summary>Clockify's paging: <c>page</c> (from 1) and <c>page-size</c> (default 50); the answer is a plain array.</summary>
    private static StandInResponse Page(IEnumerable<object> items, StandInRequest r)
    {
        var size = int.TryParse(r.Q("page-size"), out var s) && s > 0 ? s : 50;
        var page = int.TryParse(r.Q("page"), out var p) && p > 0 ? p : 1;
        return Json(items.Skip((page - 1) * size).Take(size).ToList());
    }

    private object ProjectJson(Project p) => new
    {
        p.Id, p.Name, WorkspaceId, p.Archived, Billable = true, Public = true, Color = "#03A9F4", ClientId = "", Note = "",
    };

    private object UserJson(User u) => new { u.Id, u.Email, u.Name, Status = "ACTIVE", ActiveWorkspace = WorkspaceId, DefaultWorkspace = WorkspaceId };

    private object EntryJson(Entry e) => new
    {
        e.Id, Description = "", e.UserId, e.ProjectId, TaskId = (string?)null, Billable = true, WorkspaceId, IsLocked = false,
        TimeInterval = new
        {
            Start = e.Start.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            End = e.End?.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            Duration = e.End is { } end ? XmlConvert.ToString(end - e.Start) : null,
        },
    };

    private static StandInResponse Json(object value) => StandInResponse.Json(value, StandInJson.CamelCase);

    private static StandInResponse Error(int status, string message, int code) => new(status, new JsonObject { ["message"] = message, ["code"] = code }.ToJsonString());

    private static StandInResponse Forbidden() => Error(403, "Access Denied", 1000);
}
