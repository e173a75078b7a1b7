using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using PauseBot.Slack.Emulator;
using PauseBot.Testing;

namespace PauseBot.Tests.Support;

/// <summary>
/// The real bot on Kestrel (127.0.0.1, ephemeral port) wired to a Slack emulator and a fresh database (a SQLite file,
/// or a PostgreSQL database when the provider is Postgres), driven with requests signed exactly as Slack signs them.
/// <see cref="RestartAsync"/> stops the process state and starts a new app on the same database, as a deploy or crash would.
/// </summary>
public sealed partial class BotHost : IAsyncDisposable
{
    public const string SigningSecret = "8f742231b10e8888abcd99yyyzzz85a5";
    public const string Admin = "U0ADMIN";

    private readonly Dictionary<string, string?> _settings;
    private readonly bool _ownsEmulator;
    private readonly bool _ownsDatabase;
    private readonly Action<WebApplicationBuilder>? _customize;
    private WebApplication? _app;

    private BotHost(SlackEmulator slack, bool ownsEmulator, Dictionary<string, string?> settings, TestDatabases database,
        bool ownsDatabase, Action<WebApplicationBuilder>? customize)
    {
        Slack = slack;
        _ownsEmulator = ownsEmulator;
        _settings = settings;
        _customize = customize;
        Database = database;
        _ownsDatabase = ownsDatabase;
    }

    public SlackEmulator Slack { get; }
    public TestDatabases Database { get; }

    /// <summary>The SQLite file of a bot started on SQLite (the default).</summary>
    public string DatabaseFile => Database.SqliteFile ?? throw new InvalidOperationException("This bot runs on PostgreSQL.");
    public Uri BaseUrl { get; private set; } = null!;
    public HttpClient Http { get; private set; } = null!;
    public SlackTestClient Client { get; private set; } = null!;
    public IServiceProvider Services => _app!.Services;

    /// <summary>Set when the bot receives over Socket Mode (<see cref="StartSocketModeAsync"/>): send through it instead of <see cref="Client"/>.</summary>
    public SocketModeTestClient? Socket { get; private set; }

    /// <summary>
    /// The bot as a Socket-Mode-only deployment: bot token + app token, no signing secret (so no HTTP Slack endpoints),
    /// two connections staggered by 0.2 s; returns once both are open.
    /// </summary>
    public static async Task<BotHost> StartSocketModeAsync(SlackEmulator? slack = null, IDictionary<string, string?>? settings = null)
    {
        var ownsEmulator = slack is null;
        slack ??= await SlackEmulator.StartAsync(new SlackEmulatorOptions { BotScopes = SlackAppManifest.SocketMode.BotScopes });
        var all = new Dictionary<string, string?>
        {
            ["Slack:SocketMode"] = "true",
            ["Slack:AppToken"] = slack.AppToken,
            ["Slack:SigningSecret"] = null,
            ["Slack:Socket:ConnectionStagger"] = "00:00:00.200",
            ["Slack:Socket:ReconnectBaseDelay"] = "00:00:00.100",
            ["Slack:Socket:ReconnectMaxDelay"] = "00:00:02",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            all[key] = value;
        return await StartAsync(slack, all, ownsEmulator, TestDatabases.Sqlite, null, null);
    }

    /// <summary>
    /// Starts a bot on <paramref name="provider"/> (Sqlite or Postgres; Postgres skips the test when no server is
    /// configured), or as another replica on <paramref name="sharedDatabase"/> (which the caller then disposes).
    /// </summary>
    public static Task<BotHost> StartAsync(SlackEmulator? slack = null, IDictionary<string, string?>? settings = null,
        string provider = TestDatabases.Sqlite, Action<WebApplicationBuilder>? customize = null, TestDatabases? sharedDatabase = null) =>
        StartAsync(slack, settings, ownsEmulator: slack is null, provider, customize, sharedDatabase);

    private static async Task<BotHost> StartAsync(SlackEmulator? slack, IDictionary<string, string?>? settings, bool ownsEmulator,
        string provider, Action<WebApplicationBuilder>? customize, TestDatabases? sharedDatabase)
    {
        var database = sharedDatabase ?? TestDatabases.Create(provider);
        slack ??= await SlackEmulator.StartAsync();
        TestDeadlines.RelaxOnWallClock(slack.State);
        slack.Workspace.AddUser(Admin, "ada", "Ada Admin", "Europe/London");
        var all = new Dictionary<string, string?>
        {
            ["Slack:BotToken"] = slack.Workspace.BotToken,
            ["Slack:SigningSecret"] = SigningSecret,
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl.ToString(),
            ["Database:Provider"] = database.Provider,
            ["Database:ConnectionString"] = database.ConnectionString,
            ["PauseBot:Admins:0"] = Admin,
            ["Outbox:PollInterval"] = "00:00:00.200",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            all[key] = value;
        var host = new BotHost(slack, ownsEmulator, all, database, ownsDatabase: sharedDatabase is null, customize);
        await host.StartAppAsync();
        return host;
    }

    public async Task RestartAsync()
    {
        await StopAppAsync();
        await StartAppAsync();
    }

    private async Task StartAppAsync()
    {
        var args = _settings.Where(kv => kv.Value is not null).Select(kv => $"--{kv.Key}={kv.Value}").Append("--urls=http://127.0.0.1:0").ToArray();
        var errors = new StringWriter();
        _app = PauseBotHost.Build(args, errors, _customize) ?? throw new InvalidOperationException(errors.ToString());
        await _app.MigrateDatabaseAsync();
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUrl = new Uri(address);
        Http = new HttpClient { BaseAddress = BaseUrl, Timeout = 2 * TestDeadlines.WallClock };
        Client = new SlackTestClient(Http, SigningSecret) { AckDeadline = TestDeadlines.WallClock, Emulator = Slack };
        if (_settings.GetValueOrDefault("Slack:SocketMode") == "true")
        {
            Socket = new SocketModeTestClient(Slack) { Timeout = TestDeadlines.WallClock };
            await Slack.SocketMode.WaitForConnectionsAsync(2, TimeSpan.FromSeconds(15));
        }
    }

    private async Task StopAppAsync()
    {
        if (_app is null) return;
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _app = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAppAsync();
        if (_ownsEmulator) await Slack.DisposeAsync();
        if (_ownsDatabase) await Database.DisposeAsync();
    }
}
