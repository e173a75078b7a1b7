namespace PauseBot.Persistence.Integrations;

/// <summary>
/// A project's link to a project in a time tracker (<c>/pausebot tracker link</c>): which tracker (<c>harvest</c>,
/// <c>toggl</c>, <c>clockify</c>), the tracker's project id, and the name the tracker reported when it was linked.
/// One link per project; linking again replaces it.
/// </summary>
public sealed class TrackerLink
{
    private TrackerLink() { }

    public TrackerLink(string projectKey, string tracker, string trackerProjectId, string trackerProjectName, string linkedBy, DateTimeOffset now)
    {
        ProjectKey = projectKey;
        Relink(tracker, trackerProjectId, trackerProjectName, linkedBy, now);
    }

    public string ProjectKey { get; private set; } = "";
    public string Tracker { get; private set; } = "";
    public string TrackerProjectId { get; private set; } = "";
    public string TrackerProjectName { get; private set; } = "";
    public string LinkedBy { get; private set; } = "";
    public DateTimeOffset LinkedAt { get; private set; }

    public void Relink(string tracker, string trackerProjectId, string trackerProjectName, string linkedBy, DateTimeOffset now)
    {
        Tracker = tracker;
        TrackerProjectId = trackerProjectId;
        TrackerProjectName = trackerProjectName.Length > 200 ? trackerProjectName[..200] : trackerProjectName;
        LinkedBy = linkedBy;
        LinkedAt = now;
    }
}

/// <summary>
/// A time entry found in a linked tracker after a pause's cutoff. Unique per pause, tracker and entry: each entry is
/// reported once, and the count per pause is the late-hours figure of the billable API and the CSV export.
/// </summary>
public sealed class TrackerLateEntry
{
    private TrackerLateEntry() { }

    public TrackerLateEntry(Guid pauseId, string tracker, string entryId, string personName, string? email, decimal hours, DateOnly day,
        DateTimeOffset foundAt)
    {
        Id = Guid.CreateVersion7(foundAt);
        PauseId = pauseId;
        Tracker = tracker;
        EntryId = entryId;
        PersonName = personName.Length > 200 ? personName[..200] : personName;
        Email = email is { Length: > 320 } ? null : email;
        Hours = hours;
        Day = day;
        FoundAt = foundAt;
    }

    public Guid Id { get; private set; }
    public Guid PauseId { get; private set; }
    public string Tracker { get; private set; } = "";
    public string EntryId { get; private set; } = "";
    public string PersonName { get; private set; } = "";
    public string? Email { get; private set; }
    /// <summary>Hours when found (a running timer's hours so far).</summary>
    public decimal Hours { get; private set; }
    public DateOnly Day { get; private set; }
    public DateTimeOffset FoundAt { get; private set; }
}
