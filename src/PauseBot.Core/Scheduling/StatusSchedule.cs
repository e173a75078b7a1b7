namespace PauseBot.Core.Scheduling;

/// <summary>
/// A lead's schedule of status updates for a project (e.g. <c>weekdays 09:00</c>), in the project's zone. It posts
/// only while the project is paused; otherwise it stays defined but silent.
/// </summary>
public sealed class StatusSchedule
{
    private StatusSchedule() { }

    public StatusSchedule(string projectKey, ScheduleSpec spec, string createdBy, DateTimeOffset at)
    {
        ProjectKey = projectKey;
        Spec = spec.ToString();
        CreatedBy = createdBy;
        CreatedAt = at;
    }

    /// <summary>A short number leads type in <c>/pausebot schedule remove</c>.</summary>
    public int Id { get; private set; }
    public string ProjectKey { get; private set; } = "";
    /// <summary>The canonical spec text (see <see cref="ScheduleSpec"/>).</summary>
    public string Spec { get; private set; } = "";
    public string CreatedBy { get; private set; } = "";
    /// <summary>Interval specs count their steps from here.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    public ScheduleSpec ParsedSpec => ScheduleSpec.Parse(Spec).Spec
                                      ?? throw new DomainException($"Stored schedule '{Spec}' no longer parses.");
}

/// <summary>A date on which a project gets no scheduled posts (in the project's zone).</summary>
public sealed record QuietDate(string ProjectKey, DateOnly Date);
