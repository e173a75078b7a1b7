using Microsoft.EntityFrameworkCore;
using PauseBot.Core.Scheduling;

namespace PauseBot.Persistence.Stores;

/// <summary>EF Core <see cref="IScheduleStore"/>: shares the scope's context, written by the scope's <see cref="EfUnitOfWork"/>.</summary>
public sealed class EfScheduleStore(ScopedDbContext context) : IScheduleStore
{
    private PauseBotDbContext db => context.Value;

    public void AddSchedule(StatusSchedule schedule) => db.Schedules.Add(schedule);

    public void RemoveSchedule(StatusSchedule schedule) => db.Schedules.Remove(schedule);

    public Task<StatusSchedule?> FindScheduleAsync(int id, CancellationToken ct) => db.Schedules.FirstOrDefaultAsync(s => s.Id == id, ct);

    public async Task<IReadOnlyList<StatusSchedule>> SchedulesAsync(string? projectKey, CancellationToken ct) =>
        await db.Schedules.Where(s => projectKey == null || s.ProjectKey == projectKey).OrderBy(s => s.Id).ToListAsync(ct);

    public async Task<IReadOnlyList<QuietDate>> QuietDatesAsync(string projectKey, CancellationToken ct) =>
        await db.QuietDates.Where(d => d.ProjectKey == projectKey).OrderBy(d => d.Date).ToListAsync(ct);

    public async Task<bool> AddQuietDateAsync(QuietDate date, CancellationToken ct)
    {
        if (await db.QuietDates.AnyAsync(d => d.ProjectKey == date.ProjectKey && d.Date == date.Date, ct)) return false;
        db.QuietDates.Add(date);
        return true;
    }

    public async Task<bool> RemoveQuietDateAsync(QuietDate date, CancellationToken ct) =>
        await db.QuietDates.Where(d => d.ProjectKey == date.ProjectKey && d.Date == date.Date).ExecuteDeleteAsync(ct) > 0;
}
