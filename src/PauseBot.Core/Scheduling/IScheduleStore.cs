namespace PauseBot.Core.Scheduling;

/// <summary>
/// Status schedules and quiet dates of projects. Changes are tracked and written by the scope's <see cref="IUnitOfWork"/>,
/// except removing a quiet date, which deletes at once.
/// </summary>
public interface IScheduleStore
{
    void AddSchedule(StatusSchedule schedule);
    void RemoveSchedule(StatusSchedule schedule);
    Task<StatusSchedule?> FindScheduleAsync(int id, CancellationToken ct);
    /// <summary>Every schedule, or those of one project.</summary>
    Task<IReadOnlyList<StatusSchedule>> SchedulesAsync(string? projectKey, CancellationToken ct);
    Task<IReadOnlyList<QuietDate>> QuietDatesAsync(string projectKey, CancellationToken ct);
    Task<bool> AddQuietDateAsync(QuietDate date, CancellationToken ct);
    Task<bool> RemoveQuietDateAsync(QuietDate date, CancellationToken ct);
}
