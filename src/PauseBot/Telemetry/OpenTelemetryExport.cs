using System.Runtime.CompilerServices;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using PauseBot.Slack.Diagnostics;

namespace PauseBot.Telemetry;

/// <summary>
/// The OpenTelemetry SDK with the configured exporter: PauseBot's and the Slack layer's meters and activity sources, plus
/// ASP.NET Core and HttpClient instrumentation. The only place that names OpenTelemetry types.
/// </summary>
internal static class OpenTelemetryExport
{
    [MethodImpl(MethodImplOptions.NoInlining)] // never compiled into its caller, which runs without an exporter too
    public static void Add(IServiceCollection services, TelemetryOptions options) =>
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
}
