using Microsoft.Extensions.Options;
using PauseBot.Telemetry;
using static PauseBot.Configuration.OptionsRules;

namespace PauseBot.Configuration;

/// <summary>The <c>Telemetry</c> section: a known exporter, an absolute collector URL when one is set, a service name.</summary>
public sealed class TelemetryOptionsValidator : IValidateOptions<TelemetryOptions>
{
    private const string S = TelemetryOptions.Section + ":";

    public ValidateOptionsResult Validate(string? name, TelemetryOptions options)
    {
        var failures = new List<string>();
        Defined(failures, S + nameof(options.Exporter), options.Exporter);
        if (options.OtlpEndpoint is { } url && !IsAbsoluteHttp(url))
            failures.Add($"{S}OtlpEndpoint '{url}' is not an absolute http(s) URL.");
        if (string.IsNullOrWhiteSpace(options.ServiceName))
            failures.Add($"{S}ServiceName is empty.");
        return Result(failures);
    }
}
