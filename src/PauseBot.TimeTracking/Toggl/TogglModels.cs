namespace PauseBot.TimeTracking.Toggl;

// Shapes from https://engineering.toggl.com/docs/ (API v9 and Reports API v3, snake_case); only the fields PauseBot reads.

internal sealed record TogglProject(long Id, string Name, bool Active);

internal sealed record TogglProjectUpdate(bool Active);

internal sealed record TogglTimeEntry(long Id, long WorkspaceId, long? ProjectId, long Duration);

internal sealed record TogglWorkspaceUser(long Id, string? Email, string? Fullname);

internal sealed record TogglSearchRequest(
    string StartDate, string EndDate, IReadOnlyList<long> ProjectIds, int PageSize,
    long? FirstId = null, long? FirstRowNumber = null, long? FirstTimestamp = null, string OrderBy = "date", string OrderDir = "ASC");

internal sealed record TogglReportRow(long UserId, string? Username, IReadOnlyList<TogglReportEntry>? TimeEntries);

internal sealed record TogglReportEntry(long Id, long Seconds, DateTimeOffset Start, DateTimeOffset? Stop);
