using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using PauseBot.Sandbox;
using PauseBot.Slack.Emulator;
using PauseBot.Testing;

namespace PauseBot.Tests.Sandbox;

/// <summary>The bot started as <c>dotnet run</c> starts it in Development with no Slack credentials, driven over the page's JSON API.</summary>
public sealed class SandboxTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string? _ownedFile;

    private SandboxTestHost(WebApplication app, string? ownedFile, LogCollector logs)
    {
        _app = app;
        _ownedFile = ownedFile;
        Logs = logs;
        Http = new HttpClient { BaseAddress = Settings.PageUrl, Timeout = TimeSpan.FromSeconds(30) };
    }

    public HttpClient Http { get; }
    public LogCollector Logs { get; }
    public SandboxSettings Settings => _app.Services.GetRequiredService<SandboxSettings>();
    public EmulatorState Slack => _app.Services.GetRequiredService<EmulatorState>();
    public IReadOnlyList<string> Addresses => [.. _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses];

    /// <summary>Starts the sandbox on a new database file, or on <paramref name="databaseFile"/> (which the caller then deletes).</summary>
    public static async Task<SandboxTestHost> StartAsync(string urls = "http://127.0.0.1:0", string? databaseFile = null)
    {
        var file = databaseFile ?? NewDatabaseFile();
        var logs = new LogCollector();
        var errors = new StringWriter();
        var app = PauseBotHost.Build(
            ["--environment=Development", $"--urls={urls}", $"--{SandboxSettings.DatabaseFileKey}={file}", "--Logging:LogLevel:Default=Warning"],
            errors, b => b.Logging.AddProvider(logs)) ?? throw new InvalidOperationException(errors.ToString());
        await app.MigrateDatabaseAsync();
        TestDeadlines.RelaxOnWallClock(app.Services.GetRequiredService<EmulatorState>());
        await app.StartAsync();
        return new SandboxTestHost(app, databaseFile is null ? file : null, logs);
    }

    /// <summary>POSTs to <c>/sandbox/api/{path}</c>; returns the status and the JSON answer.</summary>
    public async Task<(int Status, JsonObject Body)> PostAsync(string path, object body)
    {
        using var response = await Http.PostAsJsonAsync($"sandbox/api/{path}", body);
        return ((int)response.StatusCode, (await response.Content.ReadFromJsonAsync<JsonObject>())!);
    }

    public async Task<JsonObject> StateAsync(string user, string conversation) =>
        (await Http.GetFromJsonAsync<JsonObject>($"sandbox/api/state?user={user}&conversation={conversation}"))!;

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (_ownedFile is not null) DeleteDatabaseFile(_ownedFile);
    }

    public static string NewDatabaseFile() => Path.Combine(Path.GetTempPath(), $"pausebot-sandbox-test-{Guid.NewGuid():N}.db");

    public static void DeleteDatabaseFile(string file)
    {
        SqliteConnection.ClearAllPools();
        foreach (var f in new[] { file, file + "-wal", file + "-shm" })
            File.Delete(f);
    }
}
