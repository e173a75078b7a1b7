using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;

namespace PauseBot.Sandbox;

/// <summary>
/// Where the sandbox listens and what it configures the bot with: a loopback port (from <c>urls</c>, default 5080; port 0
/// picks a free one), a fresh signing secret per run, the emulator's bot token and its own SQLite file.
/// </summary>
public sealed record SandboxSettings(int Port, string SigningSecret, string DatabaseFile)
{
    public const int DefaultPort = 5080;

    /// <summary>Configuration key of the sandbox's SQLite file (<see cref="SandboxOptions.DatabaseFile"/>).</summary>
    public const string DatabaseFileKey = SandboxOptions.Section + ":" + nameof(SandboxOptions.DatabaseFile);

    /// <summary>What the page's address is (always loopback).</summary>
    public Uri PageUrl => new($"http://localhost:{Port}/");

    /// <summary>The bot's own address as the emulator and the signed requests use it.</summary>
    public Uri SelfUrl => new($"http://127.0.0.1:{Port}/");

    public static SandboxSettings From(IConfiguration configuration)
    {
        var port = PortOf(configuration["urls"]);
        if (port == 0) port = FreeLoopbackPort();
        var options = configuration.GetSection(SandboxOptions.Section).Get<SandboxOptions>() ?? new SandboxOptions();
        var file = string.IsNullOrWhiteSpace(options.DatabaseFile) ? new SandboxOptions().DatabaseFile : options.DatabaseFile;
        return new SandboxSettings(port, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), file);
    }

    /// <summary>The bot settings that wire it to the in-process emulator.</summary>
    public IEnumerable<KeyValuePair<string, string?>> BotConfiguration(string botToken) =>
    [
        new("Slack:BotToken", botToken),
        new("Slack:SigningSecret", SigningSecret),
        new("Slack:ApiBaseUrl", new Uri(SelfUrl, "api/").ToString()),
        new("Database:Provider", "Sqlite"),
        new("Database:ConnectionString", $"Data Source={DatabaseFile}"),
        new("PauseBot:Admins:0", SandboxSeed.Ada),
    ];

    private static int PortOf(string? urls)
    {
        var first = urls?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        if (first is null) return DefaultPort;
        // Kestrel also accepts wildcard hosts such as http://*:5080 and http://+:5080, which Uri cannot parse.
        var parsable = first.Replace("://*", "://localhost", StringComparison.Ordinal).Replace("://+", "://localhost", StringComparison.Ordinal);
        return Uri.TryCreate(parsable, UriKind.Absolute, out var uri) && uri.Port >= 0 ? uri.Port : DefaultPort;
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
