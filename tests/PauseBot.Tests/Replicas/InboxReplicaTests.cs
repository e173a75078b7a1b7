using System.Globalization;
using System.Net;
using Npgsql;
using PauseBot.Slack.Emulator;
using PauseBot.Testing;
using PauseBot.Tests.Support;

namespace PauseBot.Tests.Replicas;

/// <summary>
/// Issue 15 on PostgreSQL with three replicas: questions acked by one replica while Slack does not answer, that replica
/// killed while it handles one of them; the other two take its rows over when the lease runs out and every question is
/// answered exactly once. Skipped with the reason when PAUSEBOT_TEST_POSTGRES is not set.
/// </summary>
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
            await replicas[0].WaitReadyAsync(TimeSpan.FromSeconds(90), Ct); // it creates and migrates the database
            replicas.Add(ReplicaProcess.Start("replica2", slack, database.ConnectionString, extra));
            replicas.Add(ReplicaProcess.Start("replica3", slack, database.ConnectionString, extra));
            await Task.WhenAll(replicas.Skip(1).Select(r => r.WaitReadyAsync(TimeSpan.FromSeconds(90), Ct)));
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
            for (var waited = 0; slack.Faults.Pending == 50; waited++)
            {
                if (waited > 4800) throw new TimeoutException("no handler called Slack");
                await Task.Delay(50, Ct);
            }

            acker.Kill();
            slack.Faults.Reset();
            await WaitAsync(database, "SELECT COUNT(*) FROM \"Inbox\" WHERE \"State\" = 'Done'", n => n == Askers.Length, TimeSpan.FromMinutes(4));
            await WaitAsync(database, "SELECT COUNT(*) FROM \"Outbox\" WHERE \"DeliveredAt\" IS NULL AND NOT \"Dead\"", n => n == 0);

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
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        limit.CancelAfter(timeout ?? TimeSpan.FromSeconds(60));
        long value;
        while (!condition(value = await ScalarAsync(database, sql)))
        {
            try { await Task.Delay(100, limit.Token); }
            catch (OperationCanceledException) when (!Ct.IsCancellationRequested) { throw new TimeoutException($"{sql} stayed {value}"); }
        }
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
