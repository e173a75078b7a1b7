using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using PauseBot.Slack.Emulator;
using PauseBot.Testing;
using PauseBot.Tests.Support;

namespace PauseBot.Tests.Replicas;

/// <summary>
/// One PauseBot host as its own OS process (<c>dotnet PauseBot.dll</c>, the build next to this test run), on a free
/// loopback port, configured by command-line arguments exactly as a deployment would by environment. Output is kept
/// for failure messages. <see cref="Kill"/> ends it abruptly, as a crashed pod.
/// </summary>
public sealed class ReplicaProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ReplicaProcess(Process process, int port, string name, SlackEmulator slack)
    {
        _process = process;
        Name = name;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = 2 * TestDeadlines.WallClock };
        Client = new SlackTestClient(Http, BotHost.SigningSecret) { AckDeadline = TestDeadlines.WallClock, Emulator = slack };
    }

    public string Name { get; }
    public HttpClient Http { get; }
    public SlackTestClient Client { get; }
    public bool HasExited => _process.HasExited;

    /// <summary>The OS process id (part of the names of the inbox claims it takes).</summary>
    public int Pid => _process.Id;
    public string Output { get { lock (_output) return _output.ToString(); } }

    /// <summary>The host assembly built alongside the tests (same configuration and target framework).</summary>
    public static string HostAssembly
    {
        get
        {
            var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var path = RepoFiles.Combine("src", "PauseBot", "bin", output.Parent!.Name, output.Name, "PauseBot.dll");
            return File.Exists(path) ? path : throw new FileNotFoundException($"Build src/PauseBot first; {path} is missing.");
        }
    }

    public static ReplicaProcess Start(string name, SlackEmulator slack, string connectionString, IReadOnlyDictionary<string, string>? extra = null)
    {
        TestDeadlines.RelaxOnWallClock(slack.State);
        var port = FreePort();
        var settings = new Dictionary<string, string>
        {
            ["Slack:BotToken"] = slack.BotToken,
            ["Slack:SigningSecret"] = BotHost.SigningSecret,
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl.ToString(),
            ["Database:Provider"] = "Postgres",
            ["Database:ConnectionString"] = connectionString,
            ["PauseBot:Admins:0"] = BotHost.Admin,
            ["Outbox:PollInterval"] = "00:00:00.200",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Information",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string>()) settings[key] = value;

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(HostAssembly);
        start.ArgumentList.Add($"--urls=http://127.0.0.1:{port}");
        foreach (var (key, value) in settings) start.ArgumentList.Add($"--{key}={value}");
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = new Process { StartInfo = start };
        var replica = new ReplicaProcess(process, port, name, slack);
        process.OutputDataReceived += (_, e) => replica.Append(e.Data);
        process.ErrorDataReceived += (_, e) => replica.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return replica;
    }

    /// <summary>Waits until <c>/readyz</c> answers 200 (migrations applied, database reachable).</summary>
    public async Task WaitReadyAsync(TimeSpan timeout, CancellationToken ct)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(timeout);
        using var tick = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        try
        {
            do
            {
                if (_process.HasExited)
                    throw new InvalidOperationException($"{Name} exited with {_process.ExitCode}:\n{Output}");
                try
                {
                    using var response = await Http.GetAsync("readyz", deadline.Token);
                    if (response.StatusCode == HttpStatusCode.OK) return;
                }
                catch (HttpRequestException) { }
            }
            while (await tick.WaitForNextTickAsync(deadline.Token));
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
        }
        throw new TimeoutException($"{Name} not ready after {timeout}:\n{Output}");
    }

    /// <summary>Ends the process at once (no graceful shutdown), as a crash or an evicted pod.</summary>
    public void Kill()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        Http.Dispose();
        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
