using PauseBot.Configuration;

namespace PauseBot.Telemetry;

/// <summary>Registers PauseBot's meters and, when <c>Telemetry:Exporter</c> asks for it, the OpenTelemetry SDK.</summary>
public static class TelemetryServiceCollectionExtensions
{
    public static IServiceCollection AddPauseBotTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<TelemetryOptions, TelemetryOptionsValidator>(configuration, TelemetryOptions.Section);
        var options = configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        services.AddMetrics();
        services.AddSingleton<PauseBotTelemetry>();
        // The OpenTelemetry assemblies load only when a method naming their types is compiled: with no exporter they stay unmapped.
        if (options.Exporter != TelemetryExporter.None) OpenTelemetryExport.Add(services, options);
        return services;
    }
}
