using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace PauseBot.Slack.Emulator;

/// <summary>
/// The shared core of an emulator: workspace, message store, views, call log, faults and rate limits.
/// Served over HTTP either standalone (<see cref="SlackEmulator.StartAsync"/>) or inside another ASP.NET Core app via
/// <see cref="SlackEmulatorEndpoints.MapSlackEmulator"/>. Thread-safe.
/// </summary>
public sealed class EmulatorState
{
    /// <summary>Creates the state; seeds <see cref="DefaultSeed"/> unless <see cref="SlackEmulatorOptions.SeedDefaultWorkspace"/> is off.</summary>
    public EmulatorState(SlackEmulatorOptions? options = null)
    {
        Options = options ?? new SlackEmulatorOptions();
        Time = Options.Time;
        Workspace = new EmulatedWorkspace(Time, Options.BotToken) { BotScopes = Options.BotScopes };
        if (Options.SeedDefaultWorkspace) DefaultSeed.Apply(Workspace);
        Calls = new CallLog();
        Faults = new FaultInjector(Time);
        Limits = new RateLimiter(Time, Options.RateLimitScale, Options.EnforceRateLimits);
        Views = new ViewStore(Time, Workspace);
        LenientTriggers = Options.LenientTriggers;
        Logger = Options.LoggerFactory?.CreateLogger("PauseBot.Slack.Emulator") ?? NullLogger.Instance;
        ResponseUrls = new ResponseUrlRegistry(Time);
        Triggers = new TriggerRegistry(Time);
        SocketMode = new SocketModeServer(Time, Workspace.AppId);
        Deadline = Options.Deadline;
    }

    /// <summary>The options this state was created with.</summary>
    public SlackEmulatorOptions Options { get; }
    /// <summary>The emulator's clock.</summary>
    public TimeProvider Time { get; }
    /// <summary>Users, channels, DMs and messages.</summary>
    public EmulatedWorkspace Workspace { get; }
    /// <summary>Shortcut for <see cref="EmulatedWorkspace.Messages"/>.</summary>
    public MessageStore Messages => Workspace.Messages;
    /// <summary>Modals and App Home views.</summary>
    public ViewStore Views { get; }
    /// <summary>Every answered call.</summary>
    public CallLog Calls { get; }
    /// <summary>Injected failures.</summary>
    public FaultInjector Faults { get; }
    /// <summary>Rate limits.</summary>
    public RateLimiter Limits { get; }
    /// <summary>Socket Mode: connections, envelope delivery, acks, forced disconnects.</summary>
    public SocketModeServer SocketMode { get; }
    /// <summary>
    /// Slack's 3-second window (<see cref="SlackEmulatorOptions.Deadline"/>): the lifetime of trigger ids (checked when one is used)
    /// and the Socket Mode ack deadline of envelopes delivered from now on.
    /// </summary>
    public TimeSpan Deadline
    {
        get => Triggers.Lifetime;
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(value, TimeSpan.Zero);
            Triggers.Lifetime = value;
            SocketMode.AckDeadline = value;
        }
    }

    /// <summary>See <see cref="SlackEmulatorOptions.LenientTriggers"/>.</summary>
    public bool LenientTriggers { get; set; }

    /// <summary>
    /// Absolute base address the emulator is reachable at (e.g. <c>http://127.0.0.1:5123/</c>); needed to build response URLs.
    /// Set by <see cref="SlackEmulator.StartAsync"/>; a host that maps the endpoints itself must set it.
    /// </summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>Path prefix of the Web API (set by <see cref="SlackEmulatorEndpoints.MapSlackEmulator"/>), default <c>/api</c>.</summary>
    public string ApiPrefix { get; internal set; } = "/api";

    /// <summary>Path prefix of the Socket Mode WebSocket (set by <see cref="SlackEmulatorEndpoints.MapSlackEmulator"/>), default <c>/socket-mode</c>.</summary>
    public string SocketModePrefix { get; internal set; } = "/socket-mode";

    /// <summary>Path prefix of response URLs (set by <see cref="SlackEmulatorEndpoints.MapSlackEmulator"/>), default <c>/response</c>.</summary>
    public string ResponseUrlPrefix { get; internal set; } = "/response";

    internal ILogger Logger { get; }
    internal ResponseUrlRegistry ResponseUrls { get; }
    internal TriggerRegistry Triggers { get; }

    /// <summary>Issues a trigger id that <c>views.open</c> accepts once within <see cref="Deadline"/> (3 s, emulator clock).</summary>
    public string IssueTriggerId() => Triggers.Issue();

    /// <summary>True when <paramref name="triggerId"/> was issued by <see cref="IssueTriggerId"/> (so Slack would have sent it).</summary>
    public bool WasIssued(string? triggerId) => Triggers.WasIssued(triggerId);

    /// <summary>
    /// Creates a response URL on this emulator (<c>{BaseUrl}{ResponseUrlPrefix}/{id}</c>), usable 5 times within 30 minutes.
    /// Posts are recorded as <c>response_url</c> calls; with <paramref name="channelId"/> an <c>in_channel</c> post creates a
    /// message there, an ephemeral one is stored for <paramref name="userId"/>; with <paramref name="messageTs"/>
    /// <c>replace_original</c>/<c>delete_original</c> act on that message.
    /// </summary>
    public string CreateResponseUrl(string? channelId = null, string? userId = null, string? messageTs = null)
    {
        var baseUrl = BaseUrl ?? throw new InvalidOperationException("EmulatorState.BaseUrl must be set before creating response URLs.");
        var id = ResponseUrls.Create(channelId, userId, messageTs);
        return new Uri(baseUrl, $"{ResponseUrlPrefix.Trim('/')}/{id}").ToString();
    }
}
