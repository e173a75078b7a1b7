using Microsoft.Extensions.Options;
using PauseBot.Slack.SocketMode;
using static PauseBot.Configuration.OptionsRules;

namespace PauseBot.Configuration;

/// <summary>
/// The <c>Slack:Socket</c> section (Socket Mode tuning): 1–10 connections, positive timeouts, a reconnect backoff that
/// grows. The app token itself is <c>Slack:AppToken</c>, checked with the <c>Slack</c> section.
/// </summary>
public sealed class SocketModeOptionsValidator : IValidateOptions<SocketModeOptions>
{
    public const string Section = SlackOptions.Section + ":Socket";
    private const string S = Section + ":";

    public ValidateOptionsResult Validate(string? name, SocketModeOptions options)
    {
        var failures = new List<string>();
        if (options.Connections is < 1 or > 10)
            failures.Add($"{S}Connections must be between 1 and 10 (was {options.Connections}); Slack allows 10 per app.");
        NotNegative(failures, S + nameof(options.ConnectionStagger), options.ConnectionStagger);
        Positive(failures, S + nameof(options.ReconnectBaseDelay), options.ReconnectBaseDelay);
        if (options.ReconnectMaxDelay < options.ReconnectBaseDelay)
            failures.Add($"{S}ReconnectMaxDelay ({options.ReconnectMaxDelay}) must not be shorter than {S}ReconnectBaseDelay ({options.ReconnectBaseDelay}).");
        Positive(failures, S + nameof(options.PingInterval), options.PingInterval);
        Positive(failures, S + nameof(options.PingTimeout), options.PingTimeout);
        Positive(failures, S + nameof(options.HelloTimeout), options.HelloTimeout);
        NotNegative(failures, S + nameof(options.DrainTimeout), options.DrainTimeout);
        AtLeast(failures, S + nameof(options.MaxMessageBytes), options.MaxMessageBytes, 1);
        Positive(failures, S + nameof(options.EnvelopeMemory), options.EnvelopeMemory);
        AtLeast(failures, S + nameof(options.EnvelopeMemoryCapacity), options.EnvelopeMemoryCapacity, 1);
        return Result(failures);
    }
}
