using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PauseBot.Core;
using PauseBot.Core.Audit;
using PauseBot.Core.Openings;
using PauseBot.Core.Pauses;
using PauseBot.Core.Projects;
using PauseBot.Core.Questions;
using PauseBot.Core.Scheduling;
using PauseBot.Persistence.Inbox;
using PauseBot.Persistence.Integrations;
using PauseBot.Persistence.Outbox;
using PauseBot.Persistence.ProjectState;
using PauseBot.Persistence.Stores;

namespace PauseBot.Persistence;

public static class PersistenceServiceCollectionExtensions
{
    private static readonly SqliteDurabilityInterceptor Durability = new();

    /// <summary>
    /// Registers the provider's context (also as <see cref="PauseBotDbContext"/>), the Core store ports (one per aggregate), the scope's commit
    /// step (<see cref="IUnitOfWork"/>), the outbox with its wake-up signal, and the inbox.
    /// </summary>
    public static IServiceCollection AddPauseBotPersistence(this IServiceCollection services, DatabaseOptions options)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging();
        services.AddSingleton<OutboxSignal>();
        // One SQLite process hears all its changes itself; PostgreSQL replicas also hear each other's (once listening).
        services.AddSingleton(new ProjectStateVersion(reliable: options.Provider != DatabaseProvider.Postgres));
        services.AddSingleton<ProjectStateChangeInterceptor>();
        services.AddSingleton<IProjectSnapshots, ProjectSnapshotCache>();
        if (options.Provider == DatabaseProvider.Postgres)
            services.AddHostedService(sp => new PostgresProjectStateListener(options, sp.GetRequiredService<ProjectStateVersion>(),
                sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<PostgresProjectStateListener>>()));
        switch (options.Provider)
        {
            case DatabaseProvider.Postgres:
                services.AddDbContextPool<PostgresPauseBotDbContext>((sp, o) => o
                    .UseNpgsql(options.ConnectionString, x => x.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
                    .ConfigureWarnings(SkipModelCheck)
                    .AddInterceptors(sp.GetRequiredService<ProjectStateChangeInterceptor>()));
                services.AddScoped<PauseBotDbContext>(sp => sp.GetRequiredService<PostgresPauseBotDbContext>());
                break;
            default:
                services.AddDbContextPool<SqlitePauseBotDbContext>((sp, o) => o
                    .UseSqlite(options.ConnectionString, x => x.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
                    .ConfigureWarnings(SkipModelCheck)
                    .AddInterceptors(sp.GetRequiredService<ProjectStateChangeInterceptor>(), Durability));
                services.AddScoped<PauseBotDbContext>(sp => sp.GetRequiredService<SqlitePauseBotDbContext>());
                break;
        }
        services.AddScoped<ScopedDbContext>();
        services.AddScoped<IProjectStore, EfProjectStore>();
        services.AddScoped<IPauseStore, EfPauseStore>();
        services.AddScoped<ISubscriptionStore, EfSubscriptionStore>();
        services.AddScoped<IScheduleStore, EfScheduleStore>();
        services.AddScoped<IQuestionStore, EfQuestionStore>();
        services.AddScoped<IAuditLog, EfAuditLog>();
        services.AddScoped<EfUnitOfWork>();
        services.AddScoped<IUnitOfWork>(sp => sp.GetRequiredService<EfUnitOfWork>());
        services.AddScoped<OutboxStore>();
        services.AddScoped<IOpeningStore, EfOpeningStore>();
        services.AddScoped<ApiKeyStore>();
        services.AddScoped<WebhookStore>();
        services.AddScoped<InboxStore>();
        services.AddScoped<TrackerStore>();
        services.AddScoped<DatabaseHealth>();
        return services;
    }

    /// <summary>
    /// Migrate() would otherwise build the model twice from scratch (the last snapshot and the mapping, the compiled
    /// model does not serve) and diff them on every start, up-to-date database or not: most of a second. The same
    /// check runs in CompiledModelTests instead.
    /// </summary>
    private static void SkipModelCheck(WarningsConfigurationBuilder w) => w.Ignore(RelationalEventId.PendingModelChangesWarning);
}
