using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using PauseBot.Slack.Emulator;
using PauseBot.Testing;

namespace PauseBot.Tests.Support;

/// <summary>
/// The bot as a separate OS process (<c>dotnet PauseBot.dll</c> from this test's output) on 127.0.0.1, so a test can
/// kill it with SIGKILL mid-work and start it again on the same SQLite file.
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    private readonly SlackEmulator _slack;
    private readonly string[] _extra;
    private Process? _process;

    public BotProcess(SlackEmulator slack, params string[] extra)
    {
        _slack = slack;
        _extra = extra;
        DatabaseFile = Path.Combine(Path.GetTempPath(), $"pausebot-proc-{Guid.NewGuid():N}.db");
        slack.Workspace.AddUser(BotHost.Admin, "ada", "Ada Admin", "Europe/London");
    }

    public string DatabaseFile { get; }
    public SlackTestClient Client { get; private set; } = null!;
    private HttpClient? Http { get; set; }

    public async Task StartAsync(CancellationToken ct)
    {
        var port = FreePort();
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "PauseBot.dll"), "--urls", $"http://127.0.0.1:{port}",
                     $"--Slack:BotToken={_slack.BotToken}", $"--Slack:SigningSecret={BotHost.SigningSecret}",
                     $"--Slack:ApiBaseUrl={_slack.ApiBaseUrl}", $"--Database:ConnectionString=Data Source={DatabaseFile}",
                     $"--PauseBot:Admins:0={BotHost.Admin}", "--Logging:LogLevel:Default=Error" }.Concat(_extra))
            psi.ArgumentList.Add(arg);
        _process = Process.Start(psi)!;
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
        Client = new SlackTestClient(Http, BotHost.SigningSecret) { Emulator = _slack };
        // A bound, not a speed check: on a machine busy with parallel builds a cold start can take tens of seconds.
        var started = Stopwatch.StartNew();
        while (started.Elapsed < TimeSpan.FromSeconds(90))
        {
            if (_process.HasExited) throw new InvalidOperationException($"the bot exited with {_process.ExitCode}:\n{Tail()}");
            try
            {
                using var health = await Http.GetAsync("/healthz", ct);
                if (health.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            await Task.Delay(100, ct);
        }
        throw new TimeoutException($"the bot did not answer /healthz within 90 s:\n{Tail()}");
    }

    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _output = new();

    private void Keep(string? line)
    {
        if (line is null) return;
        _output.Enqueue(line);
        while (_output.Count > 40) _output.TryDequeue(out _);
    }

    private string Tail() => string.Join("\n", _output);

    /// <summary>SIGKILL: no shutdown hooks, no flushing — as a crash or an OOM kill.</summary>
    public void Kill()
    {
        _process!.Kill();
        _process.WaitForExit();
        Http?.Dispose();
    }

    public ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false }) Kill();
        _process?.Dispose();
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { DatabaseFile, DatabaseFile + "-wal", DatabaseFile + "-shm" }) File.Delete(file);
        return ValueTask.CompletedTask;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
