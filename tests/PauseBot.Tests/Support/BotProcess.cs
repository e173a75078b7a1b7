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
        TestDeadlines.RelaxOnWallClock(slack.State);
        slack.Workspace.AddUser(BotHost.Admin, "ada", "Ada Admin", "Europe/London");
    }

    public string DatabaseFile { get; }
    public SlackTestClient Client { get; private set; } = null!;
    private HttpClient? Http { get; set; }

    /// <summary>Start with the shipped log levels (appsettings.json) instead of errors only.</summary>
    public bool DefaultLogging { get; init; }

    /// <summary>The process's working directory (its content root). Default: this test's.</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>Environment variables set for the process, beside the test's own (minus any environment name or log setting).</summary>
    public Dictionary<string, string> Environment { get; } = [];

    /// <summary>Every line the process wrote to stdout, across starts.</summary>
    public IReadOnlyList<string> StandardOutput
    {
        get { lock (_stdout) return [.. _stdout]; }
    }

    public async Task StartAsync(CancellationToken ct)
    {
        var port = FreePort();
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        if (WorkingDirectory is not null) psi.WorkingDirectory = WorkingDirectory;
        // A production start: no environment name (so Production) and no log levels but what is passed here.
        foreach (var name in psi.Environment.Keys.Where(k => k is "ASPNETCORE_ENVIRONMENT" or "DOTNET_ENVIRONMENT"
                     || k.StartsWith("Logging__", StringComparison.OrdinalIgnoreCase)).ToList())
            psi.Environment.Remove(name);
        foreach (var (name, value) in Environment) psi.Environment[name] = value;
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "PauseBot.dll"), "--urls", $"http://127.0.0.1:{port}",
                     $"--Slack:BotToken={_slack.BotToken}", $"--Slack:SigningSecret={BotHost.SigningSecret}",
                     $"--Slack:ApiBaseUrl={_slack.ApiBaseUrl}", $"--Database:ConnectionString=Data Source={DatabaseFile}",
                     $"--PauseBot:Admins:0={BotHost.Admin}" }.Concat(DefaultLogging ? [] : ["--Logging:LogLevel:Default=Error"]).Concat(_extra))
            psi.ArgumentList.Add(arg);
        _process = Process.Start(psi)!;
        _process.OutputDataReceived += (_, e) =>
        {
            Keep(e.Data);
            if (e.Data is null) return;
            lock (_stdout) _stdout.Add(e.Data);
            _lineArrived.Release();
        };
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = 2 * TestDeadlines.WallClock };
        Client = new SlackTestClient(Http, BotHost.SigningSecret) { AckDeadline = TestDeadlines.WallClock, Emulator = _slack };
        // A bound, not a speed check: on a machine busy with parallel builds a cold start can take tens of seconds.
        var bound = TimeSpan.FromSeconds(180);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(bound);
        using var tick = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        try
        {
            do
            {
                if (_process.HasExited) throw new InvalidOperationException($"the bot exited with {_process.ExitCode}:\n{Tail()}");
                try
                {
                    using var health = await Http.GetAsync("/healthz", deadline.Token);
                    if (health.StatusCode == HttpStatusCode.OK) return;
                }
                catch (HttpRequestException) { }
            }
            while (await tick.WaitForNextTickAsync(deadline.Token));
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
        }
        throw new TimeoutException($"the bot did not answer /healthz within {bound.TotalSeconds:0} s:\n{Tail()}");
    }

    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _output = new();
    private readonly List<string> _stdout = [];
    private readonly SemaphoreSlim _lineArrived = new(0);

    /// <summary>Waits until the stdout lines so far satisfy <paramref name="condition"/> (console logs are written in order).</summary>
    public async Task WaitForOutputAsync(Func<IReadOnlyList<string>, bool> condition, TimeSpan timeout, CancellationToken ct)
    {
        var deadline = Stopwatch.StartNew();
        while (!condition(StandardOutput))
        {
            var left = timeout - deadline.Elapsed;
            if (left <= TimeSpan.Zero || !await _lineArrived.WaitAsync(left, ct))
                throw new TimeoutException($"the bot's output did not get there within {timeout}:\n{Tail()}");
        }
    }

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
