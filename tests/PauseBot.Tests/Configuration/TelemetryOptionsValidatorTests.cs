using PauseBot.Configuration;
using PauseBot.Telemetry;

namespace PauseBot.Tests.Configuration;

public class TelemetryOptionsValidatorTests
{
    private static IEnumerable<string> FailuresOf(TelemetryOptions options) =>
        new TelemetryOptionsValidator().Validate(null, options).Failures ?? [];

    [Fact]
    public void Validate_OtlpWithCollector_Succeeds()
    {
        Assert.Empty(FailuresOf(new TelemetryOptions { Exporter = TelemetryExporter.Otlp, OtlpEndpoint = new Uri("http://collector:4317") }));
    }

    [Fact]
    public void Validate_EveryBadValue_ListedTogether()
    {
        var failures = FailuresOf(new TelemetryOptions
        {
            Exporter = (TelemetryExporter)9, OtlpEndpoint = new Uri("collector:4317", UriKind.RelativeOrAbsolute), ServiceName = " ",
        }).ToList();

        Assert.Equal(3, failures.Count);
        Assert.Contains("Telemetry:Exporter '9' is not one of None, Console, Otlp.", failures);
        Assert.Contains(failures, f => f.StartsWith("Telemetry:OtlpEndpoint 'collector:4317'", StringComparison.Ordinal));
        Assert.Contains("Telemetry:ServiceName is empty.", failures);
    }
}
