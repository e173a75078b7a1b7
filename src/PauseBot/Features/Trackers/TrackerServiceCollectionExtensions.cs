using PauseBot.Features.Trackers;

namespace PauseBot;

public static class TrackerServiceCollectionExtensions
{
    /// <summary>
    /// Pauses enforced in time trackers: the typed tracker clients (<c>TimeTracking</c> section), the outcome announcer that
    /// enqueues tracker calls (registered with the others in the host), the outbox deliverer (registered in <see cref="OutboxRegistrations"/>), and the hours check every
    /// <c>TimeTracking:CheckInterval</c>. The <c>tracker</c> verb is registered with the other verbs.
    /// </summary>
    public static IServiceCollection AddPauseBotTrackers(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddTimeTracking(configuration);
        services.AddScoped<TrackerActions>();
        services.AddSingleton<TrackerHoursCheck>();
        services.AddHostedService(sp => sp.GetRequiredService<TrackerHoursCheck>());
        return services;
    }
}
