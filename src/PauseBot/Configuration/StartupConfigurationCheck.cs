using Microsoft.Extensions.Options;
using PauseBot.Inbox;
using PauseBot.Outbox;
using PauseBot.Persistence;
using PauseBot.Slack.SocketMode;
using PauseBot.Telemetry;
using PauseBot.TimeTracking;

namespace PauseBot.Configuration;

/// <summary>
/// Checks the configuration before anything starts and lists every problem at once, so a misconfigured bot stops with
/// one clear message (no stack trace) instead of failing later or silently skipping the signature check. Each section
/// is bound to its options type and run through the same validator the host registers with <c>ValidateOnStart</c>;
/// a value that cannot be read at all (a word where a duration belongs) is named too.
/// </summary>
public static class StartupConfigurationCheck
{
    /// <summary>Every configuration problem, each naming its key. In sandbox mode run it after the sandbox filled in its settings.</summary>
    public static IReadOnlyList<string> Problems(IConfiguration configuration)
    {
        var problems = new List<string>();
        Check(configuration, SlackOptions.Section, new SlackOptionsValidator(), problems);
        Check(configuration, SocketModeOptionsValidator.Section, new SocketModeOptionsValidator(), problems);
        Check(configuration, DatabaseOptions.Section, new DatabaseOptionsValidator(), problems);
        Check(configuration, PauseBotOptions.Section, new PauseBotOptionsValidator(), problems);
        Check(configuration, OutboxOptions.Section, new OutboxOptionsValidator(), problems);
        Check(configuration, InboxOptions.Section, new InboxOptionsValidator(), problems);
        Check(configuration, TelemetryOptions.Section, new TelemetryOptionsValidator(), problems);
        problems.AddRange(TimeTrackingConfiguration.Problems(configuration)); // reads its raw keys itself (half-configured connectors)
        return problems;
    }

    private static void Check<T>(IConfiguration configuration, string section, IValidateOptions<T> validator, List<string> problems)
        where T : class, new()
    {
        var options = SectionBinder.Bind<T>(configuration, section, problems);
        if (validator.Validate(Options.DefaultName, options) is { Failed: true, Failures: { } failures })
            problems.AddRange(failures);
    }
}
