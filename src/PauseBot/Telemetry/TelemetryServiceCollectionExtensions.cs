using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using PauseBot.Configuration;
using PauseBot.Slack.Diagnostics;

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
        if (options.Exporter == TelemetryExporter.None) return services;

        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(options.ServiceName))
            .WithMetrics(m =>
            {
                m.AddMeter(PauseBotTelemetry.Name, SlackTelemetry.Name).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation();
                if (options.Exporter == TelemetryExporter.Console) m.AddConsoleExporter();
                else m.AddOtlpExporter(o => { if (options.OtlpEndpoint is { } url) o.Endpoint = url; });
            })
            .WithTracing(t =>
            {
                t.AddSource(PauseBotTelemetry.Name, SlackTelemetry.Name).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation();
                if (options.Exporter == TelemetryExporter.Console) t.AddConsoleExporter();
                else t.AddOtlpExporter(o => { if (options.OtlpEndpoint is { } url) o.Endpoint = url; });
            });
        return services;
    }
}
