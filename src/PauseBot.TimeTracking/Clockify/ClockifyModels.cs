namespace PauseBot.TimeTracking.Clockify;

// Shapes from https://docs.clockify.me/ (camelCase on the wire); only the fields PauseBot reads.

internal sealed record ClockifyProject(string Id, string Name, bool Archived);

internal sealed record ClockifyProjectUpdate(bool Archived);

internal sealed record ClockifyUser(string Id, string? Email, string? Name);

internal sealed record ClockifyInterval(DateTimeOffset Start, DateTimeOffset? End, string? Duration);

internal sealed record ClockifyTimeEntry(string Id, string UserId, string? ProjectId, ClockifyInterval TimeInterval);

internal sealed record ClockifyStopTimer(string End);
