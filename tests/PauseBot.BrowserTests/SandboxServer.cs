using Microsoft.Data.Sqlite;
using PauseBot.Sandbox;
using PauseBot.Slack.Emulator;
using PauseBot.Testing;

namespace PauseBot.BrowserTests;

/// <summary>
/// The product as a person starts it with <c>dotnet run</c> in Development and no Slack credentials: the sandbox, on a
/// free loopback port, with its own SQLite file.
/// </summary>
public sealed class SandboxServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _databaseFile;

    private SandboxServer(WebApplication app, string databaseFile)
    {
        _app = app;
        _databaseFile = databaseFile;
    }

    public Uri PageUrl => _app.Services.GetRequiredService<SandboxSettings>().PageUrl;
    public EmulatorState Slack => _app.Services.GetRequiredService<EmulatorState>();

    public static async Task<SandboxServer> StartAsync()
    {
        var file = Path.Combine(Path.GetTempPath(), $"pausebot-sandbox-{Guid.NewGuid():N}.db");
        var errors = new StringWriter();
        var app = PauseBotHost.Build(
        [
            "--environment=Development", "--urls=http://127.0.0.1:0", $"--{SandboxSettings.DatabaseFileKey}={file}",
            "--Logging:LogLevel:Default=Warning", "--Outbox:PollInterval=00:00:00.200",
        ], errors) ?? throw new InvalidOperationException(errors.ToString());
        await app.MigrateDatabaseAsync();
        TestDeadlines.RelaxOnWallClock(app.Services.GetRequiredService<EmulatorState>());
        await app.StartAsync();
        return new SandboxServer(app, file);
    }

    /// <summary>Back to the seed, as the page's "Reset sandbox" button does.</summary>
    public Task ResetAsync() => _app.Services.GetRequiredService<SandboxSeeder>().ResetAsync(CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var f in new[] { _databaseFile, _databaseFile + "-wal", _databaseFile + "-shm" })
            File.Delete(f);
    }
}
