namespace PauseBot.Telemetry;

/// <summary>Configuration section <c>Telemetry</c>: where OpenTelemetry metrics and traces go.</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary><c>none</c> (default: nothing exported), <c>console</c> (stdout, for trying it out) or <c>otlp</c>.</summary>
    public TelemetryExporter Exporter { get; set; } = TelemetryExporter.None;

    /// <summary>OTLP collector endpoint. Default unset: the exporter's own default or <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>.</summary>
    public Uri? OtlpEndpoint { get; set; }

    /// <summary>Service name reported with every metric and span. Default <c>pausebot</c>.</summary>
    public string ServiceName { get; set; } = "pausebot";
}

/// <summary>Telemetry exporters PauseBot can be configured with.</summary>
public enum TelemetryExporter
{
    None,
    Console,
    Otlp,
}
