using Microsoft.Extensions.Logging;

namespace PauseBot.Slack.Emulator;

/// <summary>Settings for an <see cref="EmulatorState"/> / <see cref="SlackEmulator"/>.</summary>
public sealed class SlackEmulatorOptions
{
    /// <summary>Clock for message timestamps, rate-limit windows, trigger and response_url expiry. Default: system clock.</summary>
    public TimeProvider Time { get; set; } = TimeProvider.System;

    /// <summary>Slack's 3 seconds: how long an app has to ack a request, and how long a trigger id lives.</summary>
    public static readonly TimeSpan SlackDeadline = TimeSpan.FromSeconds(3);

    /// <summary>
    /// The emulator's <see cref="SlackDeadline"/>: how long an issued trigger id lives and how long the Socket Mode server waits
    /// for an ack (both on <see cref="Time"/>). Default Slack's 3 s; the tests of that behaviour keep it and drive
    /// <see cref="Time"/> as a fake clock. End-to-end tests on the real clock may widen it (see
    /// <see cref="EmulatorState.Deadline"/>): on a loaded machine a wall-clock 3 s measures the machine, not the bot.
    /// </summary>
    public TimeSpan Deadline { get; set; } = SlackDeadline;

    /// <summary>The only bot token the emulated workspace accepts (<c>Authorization: Bearer …</c>).</summary>
    public string BotToken { get; set; } = "xoxb-emulator-token";

    /// <summary>App-level token accepted by <c>apps.connections.open</c> (Socket Mode); rejected elsewhere like Slack.</summary>
    public string AppToken { get; set; } = "xapp-emulator-token";

    /// <summary>Seed users and channels from <see cref="DefaultSeed"/>. Default true.</summary>
    public bool SeedDefaultWorkspace { get; set; } = true;

    /// <summary>
    /// The bot token's scopes: a call that needs another one (per its method reference) fails with <c>missing_scope</c>.
    /// Default: exactly the bot scopes of <c>manifests/slack-app.yaml</c> (<see cref="SlackAppManifest.Http"/>; use
    /// <see cref="SlackAppManifest.SocketMode"/> for a Socket Mode deployment). Null grants every scope. Can be changed later
    /// on <see cref="EmulatedWorkspace.BotScopes"/>.
    /// </summary>
    public IReadOnlySet<string>? BotScopes { get; set; } = SlackAppManifest.Http.BotScopes;

    /// <summary>Multiplies every rate limit (0.1 = ten times stricter, 10 = ten times looser). Default 1.</summary>
    public double RateLimitScale { get; set; } = 1.0;

    /// <summary>When false no call is ever answered with 429. Can be changed later on <see cref="RateLimiter.Enabled"/>.</summary>
    public bool EnforceRateLimits { get; set; } = true;

    /// <summary>
    /// When false (default) <c>views.open</c>/<c>views.push</c> accept only trigger ids the emulator issued
    /// (<see cref="EmulatorState.IssueTriggerId"/>, as the test client and the sandbox do for every interaction): valid
    /// <see cref="Deadline"/> (3 s) of emulator time, single use; anything else is <c>invalid_trigger_id</c>, like Slack. When true, trigger ids the emulator
    /// never issued are accepted (issued ones are still checked strictly).
    /// </summary>
    public bool LenientTriggers { get; set; }

    /// <summary>Optional logger factory for request logs (method, status, error — never the token). Default: no logging.</summary>
    public ILoggerFactory? LoggerFactory { get; set; }
}
