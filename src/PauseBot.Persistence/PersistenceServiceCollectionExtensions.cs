using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PauseBot.Core;
using PauseBot.Core.Openings;
using PauseBot.Persistence.Events;
using PauseBot.Persistence.Integrations;
using PauseBot.Persistence.Outbox;

namespace PauseBot.Persistence;

public static class PersistenceServiceCollectionExtensions
{
    /// <summary>Registers the provider's context (also as <see cref="PauseBotDbContext"/>), the Core store and the outbox.</summary>
    public static IServiceCollection AddPauseBotPersistence(this IServiceCollection services, DatabaseOptions options)
    {
        switch (options.Provider)
        {
            case DatabaseProvider.Postgres:
                services.AddDbContext<PostgresPauseBotDbContext>(o => o.UseNpgsql(options.ConnectionString, x => x.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)).ConfigureWarnings(SkipModelCheck));
                services.AddScoped<PauseBotDbContext>(sp => sp.GetRequiredService<PostgresPauseBotDbContext>());
                break;
            default:
                services.AddDbContext<SqlitePauseBotDbContext>(o => o.UseSqlite(options.ConnectionString, x => x.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)).ConfigureWarnings(SkipModelCheck));
                services.AddScoped<PauseBotDbContext>(sp => sp.GetRequiredService<SqlitePauseBotDbContext>());
                break;
        }
        services.AddScoped<EfPauseBotStore>();
        services.AddScoped<IPauseBotStore>(sp => sp.GetRequiredService<EfPauseBotStore>());
        services.AddScoped<OutboxStore>();
        services.AddScoped<IOpeningStore, EfOpeningStore>();
        services.AddScoped<ApiKeyStore>();
        services.AddScoped<WebhookStore>();
        services.AddScoped<EventDeduplicationStore>();
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
