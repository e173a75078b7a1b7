namespace PauseBot.TimeTracking.Harvest;

// Shapes from https://help.getharvest.com/api-v2/ (snake_case on the wire); only the fields PauseBot reads.

internal sealed record HarvestProject(long Id, string Name, bool IsActive);

internal sealed record HarvestRef(long Id, string? Name);

internal sealed record HarvestTimeEntry(
    long Id, DateOnly SpentDate, HarvestRef? User, HarvestRef? Project, decimal Hours, bool IsRunning, DateTimeOffset? CreatedAt);

internal sealed record HarvestTimeEntryPage(IReadOnlyList<HarvestTimeEntry> TimeEntries, int? NextPage);

internal sealed record HarvestUser(long Id, string? Email);

internal sealed record HarvestUserPage(IReadOnlyList<HarvestUser> Users, int? NextPage);

internal sealed record HarvestProjectPatch(bool IsActive);
