using System.Net;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;
using PauseBot.Testing;

namespace PauseBot.Slack.Emulator.Tests;

/// <summary>The HTTP test client gives the bot Slack's 3 s to answer (on its clock): late events are retried, late commands fail.</summary>
public sealed class SlackTestClientDeadlineTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A bot that holds its first <c>slow</c> answers until the caller gives up; reports each request as it arrives.</summary>
    private sealed class SlowBot(int slow) : HttpMessageHandler
    {
        private int _seen;
        public Channel<HttpRequestMessage> Arrived { get; } = Channel.CreateUnbounded<HttpRequestMessage>();
        public List<string> Bodies { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var n = Interlocked.Increment(ref _seen);
            var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
            lock (Bodies) Bodies.Add(body);
            await Arrived.Writer.WriteAsync(request, cancellationToken);
            if (n <= slow) await Task.Delay(Timeout.Infinite, cancellationToken);
            return new HttpResponseMessage(HttpStatusCode.OK);
        }
    }

    private static (SlackTestClient Client, SlowBot Bot, FakeTimeProvider Time) Create(int slow)
    {
        var time = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1_772_355_600));
        var bot = new SlowBot(slow);
        return (new SlackTestClient(new HttpClient(bot) { BaseAddress = new Uri("http://bot.test/") }, "secret", time), bot, time);
    }

    private static JsonObject Message() => Events.Message("U0ALICE", "D0ALICE", "can I log hours?");

    [Fact]
    public async Task Event_AnsweredAfter3s_RetriedAtOnceWithRetryHeaders()
    {
        var (client, bot, time) = Create(slow: 1);

        var sending = client.SendEventAsync(Message(), eventId: "Ev0LATE", ct: Ct);
        var first = await bot.Arrived.Reader.ReadAsync(Ct);
        time.Advance(TimeSpan.FromSeconds(2.999));
        Assert.False(sending.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        var response = await sending;

        var retry = await bot.Arrived.Reader.ReadAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(first.Headers.Contains("X-Slack-Retry-Num"));
        Assert.Equal("1", retry.Headers.GetValues("X-Slack-Retry-Num").Single());
        Assert.Equal("http_timeout", retry.Headers.GetValues("X-Slack-Retry-Reason").Single());
        Assert.All(bot.Bodies, body => Assert.Contains("\"event_id\":\"Ev0LATE\"", body, StringComparison.Ordinal));
        Assert.Equal(["event Ev0LATE attempt 0"], client.LateAcks);
    }

    [Fact]
    public async Task Event_RetryLateToo_Throws()
    {
        var (client, bot, time) = Create(slow: 2);

        var sending = client.SendEventAsync(Message(), eventId: "Ev0SLOW", ct: Ct);
        await bot.Arrived.Reader.ReadAsync(Ct);
        time.Advance(TimeSpan.FromSeconds(3));
        await bot.Arrived.Reader.ReadAsync(Ct);
        time.Advance(TimeSpan.FromSeconds(3));

        var ex = await Assert.ThrowsAsync<SlackAckTimeoutException>(() => sending);
        Assert.Contains("event Ev0SLOW attempt 1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Command_AnsweredAfter3s_ThrowsAsTheUserWouldSeeOperationTimeout()
    {
        var (client, bot, time) = Create(slow: 1);

        var sending = client.SendCommandAsync("/pause", "chordus", "U0LEAD", "C0CHORDUS", ct: Ct);
        await bot.Arrived.Reader.ReadAsync(Ct);
        time.Advance(TimeSpan.FromSeconds(3));

        var ex = await Assert.ThrowsAsync<SlackAckTimeoutException>(() => sending);
        Assert.Contains("command /pause", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, bot.Arrived.Reader.Count + 1); // not retried: Slack does not retry commands
    }

    [Fact]
    public async Task Interaction_AnsweredInTime_NoLateAck()
    {
        var (client, _, _) = Create(slow: 0);

        var response = await client.SendInteractionAsync(SlackTestClient.BlockActionPayload("U0ALICE", "a", "v", null, null, null, null), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(client.LateAcks);
    }
}
