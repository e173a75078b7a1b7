using PauseBot.Core.Audit;
using PauseBot.Core.Pauses;
using PauseBot.Core.Projects;
using PauseBot.Core.Questions;
using PauseBot.Core.Scheduling;

namespace PauseBot.Core;

/// <summary>
/// The port use cases read and change state through. Changes are tracked, not written: the scope's
/// <see cref="IUnitOfWork"/> writes them together with their outbox rows, in one transaction.
/// </summary>
public interface IPauseBotStore
{
    Task<Project?> FindProjectAsync(string key, CancellationToken ct);
    Task<IReadOnlyList<Project>> ListProjectsAsync(CancellationToken ct);
    Task<IReadOnlyList<Project>> ProjectsWithAnyChannelAsync(IReadOnlyCollection<string> channelIds, CancellationToken ct);
    void AddProject(Project project);

    /// <summary>The scheduled or active pause of a project, if any (at most one exists).</summary>
    Task<Pause?> OpenPauseAsync(string projectKey, CancellationToken ct);
    Task<Pause?> FindPauseAsync(Guid pauseId, CancellationToken ct);
    Task<IReadOnlyList<Pause>> PausesAsync(string projectKey, CancellationToken ct);
    /// <summary>Scheduled pauses whose cutoff has come and active pauses whose scheduled resume has come.</summary>
    Task<IReadOnlyList<Pause>> DuePausesAsync(DateTimeOffset now, CancellationToken ct);
    void AddPause(Pause pause);
    /// <summary>Active pauses whose next-update promise has come due.</summary>
    Task<IReadOnlyList<Pause>> PausesWithDuePromiseAsync(DateTimeOffset now, CancellationToken ct);

    void AddSchedule(StatusSchedule schedule);
    void RemoveSchedule(StatusSchedule schedule);
    Task<StatusSchedule?> FindScheduleAsync(int id, CancellationToken ct);
    /// <summary>Every schedule, or those of one project.</summary>
    Task<IReadOnlyList<StatusSchedule>> SchedulesAsync(string? projectKey, CancellationToken ct);
    Task<IReadOnlyList<QuietDate>> QuietDatesAsync(string projectKey, CancellationToken ct);
    Task<bool> AddQuietDateAsync(QuietDate date, CancellationToken ct);
    Task<bool> RemoveQuietDateAsync(QuietDate date, CancellationToken ct);

    Task<bool> AddSubscriptionAsync(NotifySubscription subscription, CancellationToken ct);
    Task<IReadOnlyList<NotifySubscription>> PendingSubscriptionsAsync(Guid pauseId, CancellationToken ct);

    void AddQuestion(Question question);
    Task<Question?> FindQuestionAsync(Guid questionId, CancellationToken ct);
    Task<IReadOnlyList<Question>> OpenQuestionsAsync(string projectKey, CancellationToken ct);
    void AddFaq(FaqEntry entry);
    Task<IReadOnlyList<FaqEntry>> FaqAsync(string projectKey, CancellationToken ct);

    void AddAudit(AuditEvent auditEvent);
    Task<IReadOnlyList<AuditEvent>> RecentAuditAsync(string projectKey, int take, CancellationToken ct);
}

