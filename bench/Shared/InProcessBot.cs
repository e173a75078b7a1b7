using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using PauseBot;
using PauseBot.Slack.Emulator;
using PauseBot.Testing;

namespace PauseBot.Bench;

/// <summary>The real bot (Release build, Kestrel on 127.0.0.1) against an emulator and a fresh SQLite file, driven by signed requests.</summary>
public sealed class InProcessBot : IAsyncDisposable
{
    public const string Secret = "bench-signing-secret-0123456789abcdef";
    public const string Admin = "U0ADMIN";

    private readonly WebApplication _app;
    private readonly string _dbFile;
    private bool _stopped;

    private InProcessBot(WebApplication app, string dbFile, SlackTestClient client, HttpClient http)
    {
        _app = app;
        _dbFile = dbFile;
        Client = client;
        Http = http;
    }

    public SlackTestClient Client { get; }
    public HttpClient Http { get; }
    public string DatabaseFile => _dbFile;

    public static async Task<InProcessBot> StartAsync(SlackEmulator slack, params string[] extra)
    {
        slack.Workspace.AddUser(Admin, "ada", "Ada Admin", "Europe/London");
        var dbFile = Path.Combine(Path.GetTempPath(), $"pausebot-bench-{Guid.NewGuid():N}.db");
        string[] args =
        [
            $"--Slack:BotToken={slack.BotToken}", $"--Slack:SigningSecret={Secret}", $"--Slack:ApiBaseUrl={slack.ApiBaseUrl}",
            $"--Database:ConnectionString=Data Source={dbFile}", $"--PauseBot:Admins:0={Admin}", "--Logging:LogLevel:Default=Warning",
            "--urls=http://127.0.0.1:0", .. extra,
        ];
        var errors = new StringWriter();
        var app = PauseBotHost.Build(args, errors) ?? throw new InvalidOperationException(errors.ToString());
        await app.MigrateDatabaseAsync();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var http = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(60) };
        return new InProcessBot(app, dbFile, new SlackTestClient(http, Secret) { AckDeadline = TestDeadlines.WallClock, Emulator = slack }, http);
    }

    /// <summary>A signed slash command; returns the ephemeral text of the ack.</summary>
    public async Task<string> CommandAsync(string command, string text, string userId, string channelId = DefaultSeed.Chordus)
    {
        using var response = await Client.SendCommandAsync(command, text, userId, channelId);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{command} {text}: HTTP {(int)response.StatusCode} {body}");
        return body.Length == 0 ? "" : JsonNode.Parse(body)?["text"]?.GetValue<string>() ?? body;
    }

    /// <summary>Stops the bot but keeps its database (for tools that read it afterwards).</summary>
    public async Task StopAsync()
    {
        if (_stopped) return;
        _stopped = true;
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _dbFile, _dbFile + "-wal", _dbFile + "-shm" }) File.Delete(file);
    }
}
