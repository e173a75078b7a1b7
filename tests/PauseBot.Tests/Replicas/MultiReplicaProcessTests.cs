using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Npgsql;
using PauseBot.Persistence;
using PauseBot.Slack.Emulator;
using PauseBot.Testing;
using PauseBot.Tests.Support;

namespace PauseBot.Tests.Replicas;

/// <summary>
/// Three host processes on one PostgreSQL and one Slack emulator, started together on an empty database (they migrate
/// it concurrently). 200 DMs are each delivered twice to random replicas, as Slack's retries are, and 20 projects get a
/// timed resume; one replica is killed before the resumes fire. Every event is answered exactly once and every timed
/// resume announced exactly once. Skipped with the reason when PAUSEBOT_TEST_POSTGRES is not set.
/// </summary>
[Collection(RunsAlone.Name)]
public class MultiReplicaProcessTests
{
    private const int Projects = 20;
    private const int EventCount = 200;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ThreeProcesses_EventsDeliveredTwiceAndTimedResumes_EachHandledOrPostedExactlyOnce()
    {
        var server = TestDatabases.PostgresServer();
        var clock = Stopwatch.StartNew();
        await using var database = TestDatabases.Create(TestDatabases.Postgres);
        await CreateEmptyDatabaseAsync(server, database.ConnectionString);
        await using var slack = await SlackEmulator.StartAsync(ct: Ct);
        slack.Workspace.AddUser(BotHost.Admin, "ada", "Ada Admin", "Europe/London");
        var extra = new Dictionary<string, string> { ["Outbox:Lease"] = "00:00:10" };
        var replicas = Enumerable.Range(1, 3).Select(i => ReplicaProcess.Start($"replica{i}", slack, database.ConnectionString, extra)).ToList();
        try
        {
            await Task.WhenAll(replicas.Select(r => r.WaitReadyAsync(TimeSpan.FromSeconds(180), Ct)));
            var started = clock.Elapsed;
            foreach (var replica in replicas) await CommandAsync(slack, replica, "/pausebot", "help", DefaultSeed.Lead, "/pause", "/pause");
            var random = new Random(6);
            ReplicaProcess Any() => replicas[random.Next(replicas.Count)];

            // 20 projects, each on its own channel with its own contractors, paused now.
            await Parallel.ForEachAsync(Enumerable.Range(1, Projects), new ParallelOptions { MaxDegreeOfParallelism = 3, CancellationToken = Ct },
                async (p, _) => await SetUpPausedProjectAsync(slack, replicas[p % 3], p));
            await slack.Calls.WaitForCountAsync("chat.postMessage", Projects, c => c.Ok && c.Channel!.StartsWith("CPROJ"), TimeSpan.FromSeconds(120), Ct);

            // 200 questions in 200 DMs, each event delivered twice to random replicas (the second as Slack's retry).
            var dms = new List<string>();
            var sends = new List<(ReplicaProcess Replica, JsonObject Event, string Id, int? Retry)>();
            for (var i = 0; i < EventCount; i++)
            {
                var user = ContractorOf(i % Projects + 1, i / Projects);
                var dm = slack.Workspace.OpenDm(user)!.Id;
                dms.Add(dm);
                var question = Events.Message(user, dm, "can I log hours today?");
                sends.Add((Any(), question, $"Ev0MULTI{i:000}", null));
                sends.Add((Any(), question, $"Ev0MULTI{i:000}", 1));
            }
            await Parallel.ForEachAsync(sends, new ParallelOptions { MaxDegreeOfParallelism = 6, CancellationToken = Ct }, async (s, token) =>
            {
                using var response = await s.Replica.Client.SendEventAsync(s.Event, eventId: s.Id, retryNum: s.Retry, ct: token);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            });
            var dmSet = dms.ToHashSet();
            await slack.Calls.WaitForCountAsync("chat.postMessage", EventCount, c => c.Ok && dmSet.Contains(c.Channel!), TimeSpan.FromSeconds(120), Ct);
            var eventsDone = clock.Elapsed;

            // 20 timed resumes, then a replica dies before they fire.
            await Parallel.ForEachAsync(Enumerable.Range(1, Projects), new ParallelOptions { MaxDegreeOfParallelism = 3, CancellationToken = Ct },
                async (p, _) => await CommandAsync(slack, replicas[p % 3], "/resume", $"{Key(p)} --at in 4s", DefaultSeed.Lead, "will resume", Name(p)));
            replicas[2].Kill();
            await slack.Calls.WaitForCountAsync("chat.postMessage", 2 * Projects, c => c.Ok && c.Channel!.StartsWith("CPROJ"), TimeSpan.FromSeconds(120), Ct);
            // Every inbox row handled and outbox row delivered (a row the killed replica had claimed is taken over once its lease runs out): no
            // post can follow, so a double post would be counted below.
            await Quiescence.WaitWorkDoneAsync(DatabaseProvider.Postgres, database.ConnectionString, null, Ct);

            var posts = slack.Calls.Where("chat.postMessage").Where(c => c.Ok).ToList();
            Assert.All(dms, dm => Assert.Single(posts, c => c.Channel == dm));
            for (var p = 1; p <= Projects; p++)
            {
                var channelPosts = posts.Where(c => c.Channel == Channel(p)).ToList();
                Assert.Equal(2, channelPosts.Count);
                Assert.Contains("billable again", channelPosts[1].Json());
            }
            Assert.False(replicas[0].HasExited || replicas[1].HasExited, "a surviving replica crashed");
            TestContext.Current.TestOutputHelper?.WriteLine(
                $"3 replicas ready in {started.TotalSeconds:F1} s; {EventCount}×2 events answered by {eventsDone.TotalSeconds:F1} s; total {clock.Elapsed.TotalSeconds:F1} s");
        }
        catch (Exception) when (Describe(replicas, slack) is var output && output.Length > 0)
        {
            TestContext.Current.TestOutputHelper?.WriteLine(output);
            throw;
        }
        finally
        {
            foreach (var replica in replicas) await replica.DisposeAsync();
        }
    }

    private static string Key(int p) => $"proj{p:00}";
    private static string Name(int p) => $"Project P{p:00}";
    private static string Channel(int p) => $"CPROJ{p:00}";
    private static string ContractorOf(int p, int n) => $"U0P{p:00}C{n:00}";

    private static async Task SetUpPausedProjectAsync(SlackEmulator slack, ReplicaProcess replica, int p)
    {
        var members = Enumerable.Range(0, EventCount / Projects).Select(n => ContractorOf(p, n)).ToList();
        foreach (var user in members) slack.Workspace.AddUser(user, user.ToLowerInvariant(), null, "UTC");
        slack.Workspace.AddChannel(Channel(p), Key(p), false, [.. members, DefaultSeed.Lead, slack.Workspace.BotUserId]);
        await CommandAsync(slack, replica, "/pausebot", $"project add {Key(p)} <#{Channel(p)}|{Key(p)}> {Name(p)}", BotHost.Admin, "created", Key(p));
        await CommandAsync(slack, replica, "/pausebot", $"lead add {Key(p)} <@{DefaultSeed.Lead}|lena>", BotHost.Admin, "lead", Key(p));
        await CommandAsync(slack, replica, "/pause", $"{Key(p)} Scope review", DefaultSeed.Lead, "is paused", Name(p));
    }

    /// <summary>
    /// Runs a command and checks its reply contains <paramref name="expect"/>. A cold process may overrun Slack's 3 s ack
    /// ("Working on it…"); the reply then arrives on the response_url, found by <paramref name="marker"/>.
    /// </summary>
    private static async Task CommandAsync(SlackEmulator slack, ReplicaProcess replica, string command, string text, string user,
        string expect, string marker)
    {
        using var response = await replica.Client.SendCommandAsync(command, text, user, DefaultSeed.General, ct: Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(Ct);
        var reply = JsonNode.Parse(body)?["text"]?.GetValue<string>() ?? body;
        if (reply.StartsWith("Working on it", StringComparison.Ordinal))
            reply = (await slack.Calls.WaitForAsync(CallLog.ResponseUrlMethod,
                c => c.Text is { } t && t.Contains(marker, StringComparison.Ordinal) && t.Contains(expect, StringComparison.Ordinal),
                TimeSpan.FromSeconds(60), Ct)).Text!;
        Assert.Contains(expect, reply);
    }

    /// <summary>The database exists and is empty, as a DBA would hand it over; the replicas migrate it themselves.</summary>
    private static async Task CreateEmptyDatabaseAsync(string server, string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        await using var connection = new NpgsqlConnection(server + ";Database=postgres");
        await connection.OpenAsync(Ct);
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await create.ExecuteNonQueryAsync(Ct);
    }

    private static string Describe(IEnumerable<ReplicaProcess> replicas, SlackEmulator slack) =>
        string.Join("\n", replicas.Select(r => $"--- {r.Name} ---\n{r.Output}")) + "\n--- Slack calls ---\n"
        + string.Join("\n", slack.Calls.All.GroupBy(c => $"{c.Method} {(c.Ok ? "ok" : c.Error ?? c.HttpStatus.ToString())}")
            .Select(g => $"{g.Key}: {g.Count()}"));
}
