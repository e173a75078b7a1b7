using Microsoft.Extensions.Options;
using PauseBot.Outbox;
using static PauseBot.Configuration.OptionsRules;

namespace PauseBot.Configuration;

/// <summary>The <c>Outbox</c> section: positive intervals and lease, at least one row and one sender, paces of at least one a minute.</summary>
public sealed class OutboxOptionsValidator : IValidateOptions<OutboxOptions>
{
    private const string S = OutboxOptions.Section + ":";

    public ValidateOptionsResult Validate(string? name, OutboxOptions options)
    {
        var failures = new List<string>();
        Positive(failures, S + nameof(options.PollInterval), options.PollInterval);
        NotNegative(failures, S + nameof(options.PerTargetSpacing), options.PerTargetSpacing);
        Positive(failures, S + nameof(options.Lease), options.Lease);
        AtLeast(failures, S + nameof(options.BatchSize), options.BatchSize, 1);
        Positive(failures, S + nameof(options.MaxBackoff), options.MaxBackoff);
        AtLeast(failures, S + nameof(options.Parallelism), options.Parallelism, 1);
        AtLeast(failures, S + nameof(options.MaxAttemptsOnUndocumentedError), options.MaxAttemptsOnUndocumentedError, 1);
        foreach (var (method, perMinute) in options.MethodsPerMinute)
            AtLeast(failures, $"{S}{nameof(options.MethodsPerMinute)}:{method}", perMinute, 1);
        AtLeast(failures, S + nameof(options.DefaultPerMinute), options.DefaultPerMinute, 1);
        NotNegative(failures, S + nameof(options.PaceMargin), options.PaceMargin);
        AtLeast(failures, S + nameof(options.AdaptAfterCalls), options.AdaptAfterCalls, 1);
        NotNegative(failures, S + nameof(options.MaxPaceHold), options.MaxPaceHold);
        if (options.Lease > TimeSpan.Zero && options.MaxPaceHold > options.Lease)
            failures.Add($"{S}MaxPaceHold ({options.MaxPaceHold}) must not be longer than {S}Lease ({options.Lease}): a row waiting for its pace would outlive its claim.");
        return Result(failures);
    }
}
