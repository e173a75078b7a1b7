using System.Globalization;
using System.Text.Json;
using System.Runtime.Loader;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using PauseBot.Core.Questions;
using PauseBot.Footprint;

namespace PauseBot.Footprint.Tests;

/// <summary>
/// A production start on the default configuration (SQLite, no telemetry exporter, real Slack settings, not the sandbox)
/// loads only what that configuration uses: after migrating, answering a signed slash command and a readiness check,
/// the process holds neither the PostgreSQL provider, nor OpenTelemetry, nor the Slack emulator, and the question
/// classifier's models (ML.NET) and sentence encoder (ONNX Runtime, the MiniLM network) are not loaded before a first
/// question needs them. Each of those is memory for the life of
/// the process (issue 18; README "Footprint").
/// </summary>
public sealed class DefaultStartFootprintTests
{
    private const string SigningSecret = "footprint-signing-secret-0123456789";

    [Fact]
    public async Task DefaultSqliteStart_LoadsNeitherPostgresNorOpenTelemetryNorTheEmulatorNorTheIntentModel()
    {
        var ct = TestContext.Current.CancellationToken;
        var databaseFile = Path.Combine(Path.GetTempPath(), $"pausebot-footprint-{Guid.NewGuid():N}.db");
        string[] args =
        [
            "--urls=http://127.0.0.1:0",
            "--Slack:BotToken=xoxb-footprint",
            $"--Slack:SigningSecret={SigningSecret}",
            "--Slack:ApiBaseUrl=http://127.0.0.1:9/api/", // never called by what this test sends
            $"--Database:ConnectionString=Data Source={databaseFile}",
            "--PauseBot:Admins:0=U0ADMIN",
            "--Logging:LogLevel:Default=Warning",
        ];
        var errors = new StringWriter();
        await using var app = PauseBotHost.Build(args, errors) ?? throw new InvalidOperationException(errors.ToString());
        try
        {
            await app.MigrateDatabaseAsync();
            await app.StartAsync(ct);
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            using var http = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(60) };

            var ready = await http.GetAsync("/readyz", ct);
            Assert.Equal("ready", await ready.Content.ReadAsStringAsync(ct));
            var help = await http.SendAsync(SignedCommand("/pausebot", "help"), ct);
            Assert.True(help.IsSuccessStatusCode, $"/pausebot help answered {(int)help.StatusCode}");
            Assert.Contains("PauseBot commands", await help.Content.ReadAsStringAsync(ct));

            var loaded = AssemblyLoadContext.Default.Assemblies.Select(a => a.GetName().Name ?? "").ToList();
            Assert.Contains("Microsoft.EntityFrameworkCore.Sqlite", loaded); // the check sees what the host loaded
            Assert.DoesNotContain(loaded, n => n.StartsWith("Npgsql", StringComparison.Ordinal));
            Assert.DoesNotContain(loaded, n => n.StartsWith("OpenTelemetry", StringComparison.Ordinal));
            Assert.DoesNotContain("PauseBot.Slack.Emulator", loaded);
            Assert.DoesNotContain(loaded, n => n.StartsWith("Microsoft.ML", StringComparison.Ordinal)); // ML.NET and ONNX Runtime
            Assert.DoesNotContain(loaded, n => n.StartsWith("SentenceTransformers", StringComparison.Ordinal)); // the MiniLM network
            var classifier = app.Services.GetRequiredService<IntentClassifier>();
            Assert.False(classifier.IsReady, "the intent model was loaded before any question");
            Assert.False(classifier.UsesSentences, "the sentence encoder was loaded before any question");
            loaded = [.. AssemblyLoadContext.Default.Assemblies.Select(a => a.GetName().Name ?? "")];
            Assert.DoesNotContain(loaded, n => n.StartsWith("Microsoft.ML", StringComparison.Ordinal)); // resolving the classifier loads none of it
            Assert.DoesNotContain(loaded, n => n.StartsWith("SentenceTransformers", StringComparison.Ordinal));

            if (NativeMemoryTrim.IsAvailable)
            {
                var trim = app.Services.GetRequiredService<NativeMemoryTrim>();
                await trim.Rounds.NextAsync(ct).WaitAsync(TimeSpan.FromSeconds(60), ct);
                Assert.True(trim.Trims > 0, "the JIT's freed scratch memory was not handed back after the start compiled methods");
            }
        }
        finally
        {
            await app.StopAsync(CancellationToken.None);
            foreach (var file in new[] { databaseFile, databaseFile + "-wal", databaseFile + "-shm" }) File.Delete(file);
        }
    }

    /// <summary>
    /// The GC a production start runs with comes from the app's runtimeconfig.json (PauseBot.csproj), not from an
    /// environment the operator has to remember: workstation GC (server GC's per-core heaps and pauses cost memory and
    /// p99 on the 2-core machines it runs on), a 6 MB gen0 budget and 1 MB regions (~20 MB less peak RSS after
    /// bench/ack.sh at no measured CPU cost now that a status request allocates ~11 KB: README "Footprint").
    /// </summary>
    [Fact]
    public void RuntimeConfig_WorkstationGcWithASixMegabyteBudgetAndSmallRegions()
    {
        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "PauseBot.runtimeconfig.json")));
        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        Assert.False(properties.GetProperty("System.GC.Server").GetBoolean());
        Assert.Equal(6 * 1024 * 1024, properties.GetProperty("System.GC.Gen0MaxBudget").GetInt32());
        Assert.Equal(1024 * 1024, properties.GetProperty("System.GC.RegionSize").GetInt32());
    }

    /// <summary>A slash command signed as Slack signs it (v0 HMAC-SHA256 over <c>v0:{ts}:{body}</c>).</summary>
    private static HttpRequestMessage SignedCommand(string command, string text)
    {
        var body = $"token=t&team_id=T0FOOTPRINT&team_domain=footprint&channel_id=C0GENERAL&channel_name=general&user_id=U0ADMIN"
                   + $"&user_name=ada&command={Uri.EscapeDataString(command)}&text={Uri.EscapeDataString(text)}&api_app_id=A0PAUSEBOT"
                   + "&response_url=http%3A%2F%2F127.0.0.1%3A9%2Fresponse&trigger_id=1.2.footprint";
        var ts = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(SigningSecret), Encoding.UTF8.GetBytes($"v0:{ts}:{body}")));
        var request = new HttpRequestMessage(HttpMethod.Post, "/slack/commands") { Content = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded") };
        request.Headers.Add("X-Slack-Request-Timestamp", ts);
        request.Headers.Add("X-Slack-Signature", signature);
        return request;
    }
}
