using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using PauseBot.Features.Shared;
using PauseBot.Persistence;
using PauseBot.Slack.Emulator;
using PauseBot.Testing;
using PauseBot.Tests.Support;

namespace PauseBot.Tests.Inbox;

/// <summary>
/// Issue 15, as a crash: while Slack does not answer, a contractor's DM question and two clicks (Acknowledge, Notify me) are
/// acked; the bot process is SIGKILLed before it handled them; restarted on the same database with Slack back, it answers
/// the question exactly once, counts the acknowledgement once and sends one resume DM, with nothing delivered again.
/// </summary>
[Collection(RunsAlone.Name)]
public class InboxCrashRecoveryTests
{
    private const string Asker = DefaultSeed.Alice, Acknowledger = DefaultSeed.Bob, Subscriber = DefaultSeed.Carol;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task QuestionAndClicks_AckedWhileSlackHangsThenSigkill_EachHandledExactlyOnceAfterRestart()
    {
        await using var slack = await SlackEmulator.StartAsync(ct: Ct);
        // One handler at a time, so the clicks wait behind the question; a short lease, so the restart takes the question over soon.
        await using var bot = new BotProcess(slack, "--Inbox:Concurrency=1", "--Inbox:Lease=00:00:03", "--Outbox:PollInterval=00:00:00.200",
            "--PauseBot:MembershipCacheTime=00:00:00.001");
        await bot.StartAsync(Ct);
        await SlowCommands.RunAsync(bot.Client, slack, "/pausebot", $"project add chordus <#{DefaultSeed.Chordus}|chordus> Chordus", BotHost.Admin, "created", "chordus", Ct);
        await SlowCommands.RunAsync(bot.Client, slack, "/pausebot", $"lead add chordus <@{DefaultSeed.Lead}|lena>", BotHost.Admin, "lead", "chordus", Ct);
        await SlowCommands.RunAsync(bot.Client, slack, "/pause", "chordus The client is reassessing scope", DefaultSeed.Lead, "is paused", "Chordus", Ct);
        var announcement = await slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.Channel == DefaultSeed.Chordus, TimeSpan.FromSeconds(30), Ct);
        var dm = slack.Workspace.OpenDm(Asker)!.Id;

        slack.Faults.Hang("conversations.members", TimeSpan.FromMinutes(2), count: 20); // Slack stops answering
        await AckedAsync(bot.Client.SendEventAsync(Events.Message(Asker, dm, "can I log hours today?"), ct: Ct));
        await WaitRowsAsync(bot, rows => rows.Any(r => r.Label == "message" && r.LockedBy is not null) && slack.Faults.Pending < 20); // stuck on Slack
        await AckedAsync(bot.Client.SendInteractionAsync(Click(slack, announcement, PauseTexts.AcknowledgeAction, Acknowledger), Ct));
        await AckedAsync(bot.Client.SendInteractionAsync(Click(slack, announcement, PauseTexts.NotifyMeAction, Subscriber), Ct));
        var beforeKill = await WaitRowsAsync(bot, rows => rows.Count == 3);
        Assert.All(beforeKill, r => Assert.Equal("Pending", r.State)); // acked, stored, none handled yet

        bot.Kill();
        slack.Faults.Reset();
        await bot.StartAsync(Ct);
        await WaitRowsAsync(bot, rows => rows.Count == 3 && rows.All(r => r.State == "Done"));

        await slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.Channel == dm, TimeSpan.FromSeconds(30), Ct);
        Assert.Equal(1, Scalar(bot, "SELECT COUNT(*) FROM \"Acknowledgements\""));
        await SlowCommands.RunAsync(bot.Client, slack, "/resume", "chordus", DefaultSeed.Lead, "resumed", "Chordus", Ct);
        // Every inbox row handled and outbox row delivered: no post can follow, so a second answer would be counted below.
        await Quiescence.WaitWorkDoneAsync(DatabaseProvider.Sqlite, $"Data Source={bot.DatabaseFile}", null, Ct);

        Assert.Single(slack.Calls.Where("chat.postMessage"), c => c.Ok && c.Channel == dm); // answered once
        var resumeDms = slack.Workspace.FindDm(Subscriber) is { } sdm
            ? slack.Messages.In(sdm.Id).Count(m => m.Blocks?.ToJsonString().Contains("You asked me to tell you") == true) : 0;
        Assert.Equal(1, resumeDms);
        Assert.Equal(1, Scalar(bot, "SELECT COUNT(*) FROM \"Acknowledgements\""));
        Assert.Equal(0, Scalar(bot, "SELECT SUM(\"Attempts\") FROM \"Inbox\"")); // the crash is not a failed attempt
    }

    private static JsonObject Click(SlackEmulator slack, RecordedCall announcement, string actionId, string user)
    {
        var pauseId = announcement.Args["blocks"]!.AsArray().SelectMany(b => b!["elements"]?.AsArray() ?? [])
            .First(e => e!["action_id"]?.GetValue<string>() == actionId)!["value"]!.GetValue<string>();
        return SlackTestClient.BlockActionPayload(user, actionId, pauseId, DefaultSeed.Chordus, announcement.ResponseTs,
            slack.CreateResponseUrl(DefaultSeed.Chordus, user), slack.IssueTriggerId());
    }

    private static async Task AckedAsync(Task<HttpResponseMessage> send)
    {
        using var response = await send;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private sealed record Row(long Id, string Label, string State, int Attempts, string? LockedBy);

    private static async Task<IReadOnlyList<Row>> WaitRowsAsync(BotProcess bot, Func<IReadOnlyList<Row>, bool> condition)
    {
        var rows = await Eventually.UntilAsync(() => Task.FromResult<IReadOnlyList<Row>>(Rows(bot)), condition, TimeSpan.FromSeconds(60));
        return condition(rows) ? rows : throw new TimeoutException("inbox: " + string.Join("; ", rows));
    }

    private static List<Row> Rows(BotProcess bot)
    {
        using var connection = Open(bot);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"Id\", \"Label\", \"State\", \"Attempts\", \"LockedBy\" FROM \"Inbox\" ORDER BY \"Id\"";
        using var reader = command.ExecuteReader();
        var rows = new List<Row>();
        while (reader.Read())
            rows.Add(new Row(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), reader.IsDBNull(4) ? null : reader.GetString(4)));
        return rows;
    }

    private static long Scalar(BotProcess bot, string sql)
    {
        using var connection = Open(bot);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar() is long n ? n : 0;
    }

    private static SqliteConnection Open(BotProcess bot)
    {
        var connection = new SqliteConnection($"Data Source={bot.DatabaseFile};Pooling=False"); // a WAL reader: never blocks the bot
        connection.Open();
        return connection;
    }
}
