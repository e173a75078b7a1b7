using Microsoft.Extensions.Options;
using PauseBot.Inbox;
using static PauseBot.Configuration.OptionsRules;

namespace PauseBot.Configuration;

/// <summary>The <c>Inbox</c> section: positive intervals, lease and retention, at least one worker and one attempt, a backoff that fits.</summary>
public sealed class InboxOptionsValidator : IValidateOptions<InboxOptions>
{
    private const string S = InboxOptions.Section + ":";

    public ValidateOptionsResult Validate(string? name, InboxOptions options)
    {
        var failures = new List<string>();
        Positive(failures, S + nameof(options.PollInterval), options.PollInterval);
        Positive(failures, S + nameof(options.Lease), options.Lease);
        AtLeast(failures, S + nameof(options.Concurrency), options.Concurrency, 1);
        AtLeast(failures, S + nameof(options.MaxAttempts), options.MaxAttempts, 1);
        Positive(failures, S + nameof(options.RetryDelay), options.RetryDelay);
        Positive(failures, S + nameof(options.MaxBackoff), options.MaxBackoff);
        Positive(failures, S + nameof(options.Retention), options.Retention);
        NotNegative(failures, S + nameof(options.ShutdownGrace), options.ShutdownGrace);
        if (options.RetryDelay > TimeSpan.Zero && options.MaxBackoff > TimeSpan.Zero && options.RetryDelay > options.MaxBackoff)
            failures.Add($"{S}RetryDelay ({options.RetryDelay}) must not be longer than {S}MaxBackoff ({options.MaxBackoff}).");
        // A claimed row the handler keeps is renewed at a third of the lease; a lease shorter than a poll could lapse between renewals.
        if (options.Lease > TimeSpan.Zero && options.PollInterval > TimeSpan.Zero && options.Lease < options.PollInterval * 3)
            failures.Add($"{S}Lease ({options.Lease}) must be at least three times {S}PollInterval ({options.PollInterval}): claims are renewed at a third of the lease.");
        return Result(failures);
    }
}
