using Microsoft.EntityFrameworkCore;
using PauseBot.Core;
using PauseBot.Core.Audit;
using PauseBot.Core.Pauses;
using PauseBot.Core.Projects;
using PauseBot.Core.Questions;
using PauseBot.Core.Scheduling;

namespace PauseBot.Persistence;

/// <summary>EF Core implementation of the Core store port; one instance per scope, written by the scope's <see cref="EfUnitOfWork"/>.</summary>
public sealed class EfPauseBotStore(PauseBotDbContext db) : IPauseBotStore
{
    public Task<Project?> FindProjectAsync(string key, CancellationToken ct) =>
        db.Projects.FirstOrDefaultAsync(p => p.Key == key, ct);

    public async Task<IReadOnlyList<Project>> ListProjectsAsync(CancellationToken ct) =>
        await db.Projects.OrderBy(p => p.Key).ToListAsync(ct);

    public async Task<IReadOnlyList<Project>> ProjectsWithAnyChannelAsync(IReadOnlyCollection<string> channelIds, CancellationToken ct) =>
        await db.Projects.Where(p => p.Channels.Any(c => channelIds.Contains(c.ChannelId))).OrderBy(p => p.Key).ToListAsync(ct);

    public void AddProject(Project project) => db.Projects.Add(project);

    public Task<Pause?> OpenPauseAsync(string projectKey, CancellationToken ct) =>
        db.Pauses.FirstOrDefaultAsync(p => p.ProjectKey == projectKey
                                           && (p.State == PauseState.Scheduled || p.State == PauseState.Active), ct);

    public Task<Pause?> FindPauseAsync(Guid pauseId, CancellationToken ct) =>
        db.Pauses.FirstOrDefaultAsync(p => p.Id == pauseId, ct);

    public async Task<IReadOnlyList<Pause>> PausesAsync(string projectKey, CancellationToken ct) =>
        await db.Pauses.Where(p => p.ProjectKey == projectKey).OrderBy(p => p.EffectiveAt).ToListAsync(ct);

    public async Task<IReadOnlyList<Pause>> DuePausesAsync(DateTimeOffset now, CancellationToken ct) =>
        await db.Pauses.Where(p => (p.State == PauseState.Scheduled && p.EffectiveAt <= now)
                                   || (p.State == PauseState.Active && p.ScheduledResumeAt != null && p.ScheduledResumeAt <= now))
            .ToListAsync(ct);

    public void AddPause(Pause pause) => db.Pauses.Add(pause);

    public async Task<IReadOnlyList<Pause>> PausesWithDuePromiseAsync(DateTimeOffset now, CancellationToken ct) =>
        await db.Pauses.Where(p => p.State == PauseState.Active && p.NextUpdateBy != null && p.NextUpdateBy <= now).ToListAsync(ct);

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

    public async Task<bool> AddSubscriptionAsync(NotifySubscription subscription, CancellationToken ct)
    {
        var exists = db.Subscriptions.Local.Any(s => s.PauseId == subscription.PauseId && s.UserId == subscription.UserId)
                     || await db.Subscriptions.AnyAsync(s => s.PauseId == subscription.PauseId && s.UserId == subscription.UserId, ct);
        if (exists) return false;
        db.Subscriptions.Add(subscription);
        return true;
    }

    public async Task<IReadOnlyList<NotifySubscription>> PendingSubscriptionsAsync(Guid pauseId, CancellationToken ct) =>
        await db.Subscriptions.Where(s => s.PauseId == pauseId && s.NotifiedAt == null).ToListAsync(ct);

    public void AddQuestion(Question question) => db.Questions.Add(question);

    public Task<Question?> FindQuestionAsync(Guid questionId, CancellationToken ct) =>
        db.Questions.FirstOrDefaultAsync(q => q.Id == questionId, ct);

    public async Task<IReadOnlyList<Question>> OpenQuestionsAsync(string projectKey, CancellationToken ct) =>
        await db.Questions.Where(q => q.ProjectKey == projectKey && q.State == QuestionState.Open).OrderBy(q => q.AskedAt).ToListAsync(ct);

    public void AddFaq(FaqEntry entry) => db.Faq.Add(entry);

    public async Task<IReadOnlyList<FaqEntry>> FaqAsync(string projectKey, CancellationToken ct) =>
        await db.Faq.Where(f => f.ProjectKey == projectKey).OrderBy(f => f.CreatedAt).ToListAsync(ct);

    public void AddAudit(AuditEvent auditEvent) => db.AuditEvents.Add(auditEvent);

    public async Task<IReadOnlyList<AuditEvent>> RecentAuditAsync(string projectKey, int take, CancellationToken ct) =>
        await db.AuditEvents.Where(a => a.ProjectKey == projectKey).OrderByDescending(a => a.At).Take(take).ToListAsync(ct);
}
