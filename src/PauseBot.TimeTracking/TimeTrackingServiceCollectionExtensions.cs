using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PauseBot.TimeTracking;
using PauseBot.TimeTracking.Clockify;
using PauseBot.TimeTracking.Harvest;
using PauseBot.TimeTracking.Http;
using PauseBot.TimeTracking.Toggl;

namespace Microsoft.Extensions.DependencyInjection;

public static class TimeTrackingServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ITimeTrackers"/> and one typed HttpClient per tracker, each with one resilience handler
    /// (<see cref="TrackerHttpOptions"/>) and header values redacted from HttpClient logs. Options come from the
    /// <c>TimeTracking</c> section of <paramref name="configuration"/>, checked at start (every problem at once).
    /// </summary>
    public static IServiceCollection AddTimeTracking(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TimeTrackingOptions>().Bind(configuration.GetSection(TimeTrackingOptions.Section));
        if (services.Any(d => d.ServiceType == typeof(ITimeTrackers)))
            return services;
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TimeTrackingOptions>, TimeTrackingOptionsValidator>());
        services.AddOptions<TimeTrackingOptions>().ValidateOnStart();
        services.AddOptions<TrackerHttpOptions>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient<HarvestClient>(c => c.Timeout = Timeout.InfiniteTimeSpan)
            .RedactLoggedHeaders(_ => true).AddResilienceHandler("harvest", TrackerResilience.For("Harvest"));
        services.AddHttpClient<TogglClient>(c => c.Timeout = Timeout.InfiniteTimeSpan)
            .RedactLoggedHeaders(_ => true).AddResilienceHandler("toggl", TrackerResilience.For("Toggl"));
        services.AddHttpClient<ClockifyClient>(c => c.Timeout = Timeout.InfiniteTimeSpan)
            .RedactLoggedHeaders(_ => true).AddResilienceHandler("clockify", TrackerResilience.For("Clockify"));
        services.TryAddSingleton<ITimeTrackers, TimeTrackers>();
        return services;
    }
}

/// <summary>Fails options validation with every <see cref="TimeTrackingConfiguration"/> problem at once.</summary>
internal sealed class TimeTrackingOptionsValidator : IValidateOptions<TimeTrackingOptions>
{
    public ValidateOptionsResult Validate(string? name, TimeTrackingOptions options) =>
        TimeTrackingConfiguration.Problems(options) is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
}
