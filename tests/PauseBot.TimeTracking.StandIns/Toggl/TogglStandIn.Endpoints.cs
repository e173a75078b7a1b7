using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace PauseBot.TimeTracking.StandIns;

public sealed partial class TogglStandIn
{
    protected override StandInResponse Handle(StandInRequest r)
    {
        if (r.Header("Authorization") != "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(ApiToken + ":api_token")))
            return Text(401, "Incorrect username and/or password");
        return (r.Method, r.Segments) switch
        {
            (_, ["api", "v9", "workspaces", var wid, ..]) when wid != WorkspaceId => Forbidden(),
            (_, ["reports", "api", "v3", "workspace", var wid, ..]) when wid != WorkspaceId => Forbidden(),
            ("GET", ["api", "v9", "workspaces", _, "projects", var id]) => WithProject(id, p => Json(ProjectJson(p))),
            ("PUT", ["api", "v9", "workspaces", _, "projects", var id]) => !IsAdmin ? Forbidden() : WithProject(id, p => Update(p, r.JsonBody())),
            ("GET", ["api", "v9", "me", "time_entries", "current"]) =>
                entries.Values.FirstOrDefault(e => e.UserId == OwnerUserId && e.Stop is null) is { } own ? Json(EntryJson(own)) : new StandInResponse(200, "null"),
            ("PATCH", ["api", "v9", "workspaces", _, "time_entries", var id, "stop"]) => Stop(id),
            ("GET", ["api", "v9", "workspaces", _, "users"]) => !IsAdmin ? Forbidden()
                : Json(users.Values.OrderBy(u => u.Id).Select(u => new { u.Id, u.Email, Fullname = u.FullName, Active = true, Admin = u.Id == OwnerUserId }).ToList()),
            ("POST", ["reports", "api", "v3", "workspace", _, "search", "time_entries"]) => Search(r.JsonBody()),
            _ => Text(404, "Not Found"),
        };
    }

    private StandInResponse WithProject(string id, Func<Project, StandInResponse> then) =>
        long.TryParse(id, out var pid) && projects.TryGetValue(pid, out var p) ? then(p) : Text(404, "Project not found");

    private StandInResponse Update(Project project, JsonObject? body)
    {
        if (body is null) return Text(400, "JSON is not valid");
        if (body["active"] is JsonValue active)
        {
            if (!active.TryGetValue<bool>(out var value)) return Text(400, "active must be a boolean");
            project.Active = value;
        }
        return Json(ProjectJson(project));
    }

    private StandInResponse Stop(string id)
    {
        if (!long.TryParse(id, out var eid) || !entries.TryGetValue(eid, out var entry)) return Text(404, "Time entry not found");
        if (!IsAdmin && entry.UserId != OwnerUserId) return Forbidden();
        if (entry.Stop is not null) return Text(409, "Time entry is already stopped");
        entry.Stop = Time.GetUtcNow();
        return Json(EntryJson(entry));
    }

    /// <summary>The detailed report: stopped entries whose start day is within the dates, one row each, paged by row number.</summary>
    private StandInResponse Search(JsonObject? body)
    {
        if (body?["start_date"]?.GetValue<string>() is not { } startText || !DateOnly.TryParseExact(startText, "yyyy-MM-dd", out var start))
            return Text(400, "start_date is required (YYYY-MM-DD)");
        var end = body["end_date"]?.GetValue<string>() is { } endText && DateOnly.TryParseExact(endText, "yyyy-MM-dd", out var e) ? e : DateOnly.MaxValue;
        var projectIds = (body["project_ids"] as JsonArray)?.Select(n => n!.GetValue<long>()).ToHashSet();
        var pageSize = body["page_size"]?.GetValue<int>() is { } size and > 0 ? size : 50;
        var first = body["first_row_number"]?.GetValue<long>() is { } row and > 0 ? row : 1;
        var rows = entries.Values
            .Where(x => x.Stop is not null && (projectIds is null || projectIds.Contains(x.ProjectId)))
            .Where(x => DateOnly.FromDateTime(x.Start.UtcDateTime) is var day && day >= start && day <= end)
            .OrderBy(x => x.Start).ThenBy(x => x.Id).ToList();
        var page = rows.Skip((int)first - 1).Take(pageSize).Select((x, i) => RowJson(x, first + i)).ToList();
        var headers = new Dictionary<string, string>();
        if (first - 1 + pageSize < rows.Count)
        {
            var next = rows[(int)(first - 1 + pageSize)];
            headers["X-Next-ID"] = next.Id.ToString(CultureInfo.InvariantCulture);
            headers["X-Next-Row-Number"] = (first + pageSize).ToString(CultureInfo.InvariantCulture);
            headers["X-Next-Timestamp"] = next.Start.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        }
        return StandInResponse.Json(page, StandInJson.SnakeCase, 200, headers);
    }

    private object RowJson(Entry e, long rowNumber) => new
    {
        e.UserId, Username = users.GetValueOrDefault(e.UserId)?.FullName ?? "Unknown", e.ProjectId, TaskId = (long?)null, Billable = true,
        Description = "", TagIds = Array.Empty<long>(), Currency = "USD", RowNumber = rowNumber,
        TimeEntries = new[] { new { e.Id, Seconds = (long)(e.Stop!.Value - e.Start).TotalSeconds, e.Start, e.Stop, At = e.Stop } },
    };

    private object ProjectJson(Project p) => new
    {
        p.Id, WorkspaceId = long.Parse(WorkspaceId, CultureInfo.InvariantCulture), Wid = long.Parse(WorkspaceId, CultureInfo.InvariantCulture),
        ClientId = (long?)null, p.Name, IsPrivate = false, p.Active, Billable = true, Template = false, Color = "#06aaf5", Currency = "USD",
    };

    private object EntryJson(Entry e) => new
    {
        e.Id, WorkspaceId = long.Parse(WorkspaceId, CultureInfo.InvariantCulture), e.ProjectId, TaskId = (long?)null, Billable = true,
        e.Start, e.Stop, Duration = e.Stop is { } stop ? (long)(stop - e.Start).TotalSeconds : -e.Start.ToUnixTimeSeconds(),
        Description = "", Tags = Array.Empty<string>(), Duronly = true, At = Time.GetUtcNow(), e.UserId,
    };

    private static StandInResponse Json(object value) => StandInResponse.Json(value, StandInJson.SnakeCase);

    private static StandInResponse Text(int status, string message) => new(status, System.Text.Json.JsonSerializer.Serialize(message));

    private static StandInResponse Forbidden() => Text(403, "User does not have access to this resource.");
}
