using System.Globalization;
using System.Net;
using Npgsql;
using PauseBot.Persistence;
using PauseBot.Slack.Emulator;
using PauseBot.Testing;
using PauseBot.Tests.Support;

namespace PauseBot.Tests.Replicas;

/// <summary>
/// Issue 15 on PostgreSQL with three replicas: questions acked by one replica while Slack does not answer, that replica
/// killed while it handles one of them; the other two take its rows over when the lease runs out and every question is
/// answered exactly once. Skipped with the reason when PAUSEBOT_TEST_POSTGRES is not set.
/// </summary>
[Collection(RunsAlone.Name)]
public class InboxReplicaTests
{
    private static readonly string[] Askers = [DefaultSeed.Alice, DefaultSeed.Bob, DefaultSeed.Carol];
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ThreeReplicas_TheReplicaThatAckedIsKilledMidHandling_TheOthersAnswerEachQuestionOnce()
    {
        TestDatabases.PostgresServer();
        await using var database = TestDatabases.Create(TestDatabases.Postgres);
        await using var slack = await SlackEmulator.StartAsync(ct: Ct);
        slack.Workspace.AddUser(BotHost.Admin, "ada", "Ada Admin", "Europe/London");
        var extra = new Dictionary<string, string>
        {
            ["Inbox:Concurrency"] = "1", ["Inbox:Lease"] = "00:00:03", ["Inbox:PollInterval"] = "00:00:00.200",
            ["PauseBot:MembershipCacheTime"] = "00:00:00.001",
        };
        var replicas = new List<ReplicaProcess> { ReplicaProcess.Start("replica1", slack, database.ConnectionString, extra) };
        try
        {
            await replicas[0].WaitReadyAsync(TimeSpan.FromSeconds(180), Ct); // it creates and migrates the database
            replicas.Add(ReplicaProcess.Start("replica2", slack, database.ConnectionString, extra));
            replicas.Add(ReplicaProcess.Start("replica3", slack, database.ConnectionString, extra));
            await Task.WhenAll(replicas.Skip(1).Select(r => r.WaitReadyAsync(TimeSpan.FromSeconds(180), Ct)));
            var acker = replicas[0];
            await SlowCommands.RunAsync(acker.Client, slack, "/pausebot", $"project add chordus <#{DefaultSeed.Chordus}|chordus> Chordus", BotHost.Admin, "created", "chordus", Ct);
            await SlowCommands.RunAsync(acker.Client, slack, "/pausebot", $"lead add chordus <@{DefaultSeed.Lead}|lena>", BotHost.Admin, "lead", "chordus", Ct);
            await SlowCommands.RunAsync(acker.Client, slack, "/pause", "chordus Scope review", DefaultSeed.Lead, "is paused", "Chordus", Ct);
            await slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.Channel == DefaultSeed.Chordus, TimeSpan.FromSeconds(30), Ct);

            slack.Faults.Hang("conversations.members", TimeSpan.FromMinutes(2), count: 50); // Slack stops answering
            var dms = Askers.Select(u => slack.Workspace.OpenDm(u)!.Id).ToList();
            for (var i = 0; i < Askers.Length; i++)
            {
                using var ack = await acker.Client.SendEventAsync(Events.Message(Askers[i], dms[i], "can I log hours today?"), ct: Ct);
                Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
            }
            var mine = $":{acker.Pid.ToString(CultureInfo.InvariantCulture)}:";
            await WaitAsync(database, $"SELECT COUNT(*) FROM \"Inbox\" WHERE \"LockedBy\" LIKE '%{mine}%' AND \"State\" = 'Pending'", n => n >= 1);
            // Until handlers are stuck on Slack: a cold process first trains its question classifier, which on a busy 2-core
            // machine with three processes doing it at once takes minutes.
            await Eventually.TrueAsync(() => slack.Faults.Pending < 50, "no handler called Slack", TimeSpan.FromMinutes(5));

            acker.Kill();
            slack.Faults.Reset();
            await WaitAsync(database, "SELECT COUNT(*) FROM \"Inbox\" WHERE \"State\" = 'Done'", n => n == Askers.Length, TimeSpan.FromMinutes(4));
            // Every inbox row handled and outbox row delivered: no post can follow, so a second answer would be counted below.
            await Quiescence.WaitWorkDoneAsync(DatabaseProvider.Postgres, database.ConnectionString, null, Ct);

            var posts = slack.Calls.Where("chat.postMessage").Where(c => c.Ok).ToList();
            Assert.All(dms, dm => Assert.Single(posts, c => c.Channel == dm));
            Assert.Equal(0, await ScalarAsync(database, $"SELECT COUNT(*) FROM \"Inbox\" WHERE \"LockedBy\" LIKE '%{mine}%'")); // all finished by the others
            Assert.False(replicas[1].HasExited || replicas[2].HasExited, "a surviving replica crashed");
        }
        catch (Exception) when (Describe(replicas) is { Length: > 0 } output)
        {
            TestContext.Current.TestOutputHelper?.WriteLine(output);
            throw;
        }
        finally
        {
            foreach (var replica in replicas) await replica.DisposeAsync();
        }
    }

    private static async Task WaitAsync(TestDatabases database, string sql, Func<long, bool> condition, TimeSpan? timeout = null)
    {
        var value = await Eventually.UntilAsync(() => ScalarAsync(database, sql), condition, timeout ?? TimeSpan.FromSeconds(60));
        if (!condition(value)) throw new TimeoutException($"{sql} stayed {value}");
    }

    private static async Task<long> ScalarAsync(TestDatabases database, string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync(Ct) is { } v and not DBNull ? Convert.ToInt64(v, CultureInfo.InvariantCulture) : 0;
    }

    private static string Describe(IEnumerable<ReplicaProcess> replicas) =>
        string.Join("\n", replicas.Select(r => $"--- {r.Name} ---\n{r.Output}"));
}
