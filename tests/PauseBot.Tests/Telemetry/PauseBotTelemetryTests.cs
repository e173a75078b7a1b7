using PauseBot.Outbox;
using PauseBot.Slack.Emulator;
using PauseBot.Testing;
using PauseBot.Tests.Support;
using static PauseBot.Tests.Support.BotHostExtensions;

namespace PauseBot.Tests.Telemetry;

/// <summary>After a real scenario, the meters report what happened: commands, events, duplicates, Slack calls, 429s, firings, outbox.</summary>
public class PauseBotTelemetryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Scenario_MetersCountCommandsEventsDuplicatesCallsRateLimitsFiringsAndOutbox()
    {
        await using var bot = await BotHost.StartAsync();
        using var metrics = new MetricCapture(bot.Services);
        await bot.RegisterChordusAsync();
        bot.Slack.Faults.RateLimitNext("chat.postMessage", TimeSpan.FromMilliseconds(200));

        await bot.CommandAsync("/pause", "chordus Scope review", Lead);
        await bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok, TimeSpan.FromSeconds(10), Ct);
        var dm = bot.Slack.Workspace.OpenDm(DefaultSeed.Alice)!.Id;
        var question = Events.Message(DefaultSeed.Alice, dm, "can I log hours today?");
        await bot.Client.SendEventAsync(question, eventId: "Ev0METRICS", ct: Ct);
        await bot.Client.SendEventAsync(question, eventId: "Ev0METRICS", retryNum: 1, ct: Ct);
        await bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.Channel == dm, TimeSpan.FromSeconds(10), Ct);
        await bot.CommandAsync("/resume", "chordus --at in 1s", Lead);
        await bot.Slack.Calls.WaitForCountAsync("chat.postMessage", 2, c => c.Ok && c.Channel == Chordus, TimeSpan.FromSeconds(30), Ct);
        await bot.SettleAsync();

        Assert.Equal(1, metrics.Sum("pausebot.slack.commands", ("slack.command", "/pause"), ("outcome", "ok")));
        Assert.Equal(1, metrics.Sum("pausebot.slack.commands", ("slack.command", "/resume"), ("outcome", "ok")));
        Assert.Equal(2, metrics.Sum("pausebot.slack.commands", ("slack.command", "/pausebot")));
        Assert.Equal(1, metrics.Sum("pausebot.slack.events", ("slack.event_type", "message")));
        Assert.Equal(1, metrics.Sum("pausebot.slack.events.deduplicated", ("slack.event_type", "message")));
        Assert.Equal(1, metrics.Sum("pausebot.slack.api.rate_limited", ("slack.method", "chat.postMessage")));
        Assert.Equal(1, metrics.Sum("pausebot.scheduled.firings", ("transition", "Resumed")));
        var posted = bot.Slack.Calls.Where("chat.postMessage").Count(c => c.Ok);
        Assert.Equal(posted, metrics.Sum("pausebot.slack.api.calls", ("slack.method", "chat.postMessage"), ("outcome", "ok")));
        Assert.InRange(metrics.Sum("pausebot.outbox.deliveries", ("kind", "PostMessage"), ("outcome", "delivered")), 2, posted);
        // The dispatcher refreshes the gauges in its rounds (at most once per poll interval): one after the outbox emptied shows it.
        Assert.Equal(0, await GaugeAsync(bot, metrics, "pausebot.outbox.depth", depth => depth == 0));
        Assert.Equal(0, await GaugeAsync(bot, metrics, "pausebot.outbox.oldest_age", age => age == 0));
    }

    [Fact]
    public async Task OutboxGauges_DuringSlackOutage_ShowDepthAndGrowingAge()
    {
        await using var bot = await BotHost.StartAsync();
        using var metrics = new MetricCapture(bot.Services);
        await bot.RegisterChordusAsync();
        bot.Slack.Faults.StartOutage();

        await bot.CommandAsync("/pause", "chordus Scope review", Lead);
        await bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.HttpStatus == 503, TimeSpan.FromSeconds(30), Ct);
        var age = await GaugeAsync(bot, metrics, "pausebot.outbox.oldest_age", a => a >= 0.5);

        Assert.Equal(1, metrics.Observe("pausebot.outbox.depth"));
        Assert.InRange(age, 0.5, 30);
        Assert.True(await GaugeAsync(bot, metrics, "pausebot.outbox.oldest_age", later => later > age) > age);
        Assert.True(metrics.Sum("pausebot.outbox.deliveries", ("outcome", "retry")) >= 1);
        bot.Slack.Faults.EndOutage();
    }

    /// <summary>
    /// The gauge's value once <paramref name="holds"/> (read after each dispatcher round, which refreshes the gauges), or its
    /// last value when it never does within 30 s.
    /// </summary>
    private static async Task<double> GaugeAsync(BotHost bot, MetricCapture metrics, string name, Func<double, bool> holds)
    {
        var rounds = bot.Services.GetRequiredService<OutboxDispatcher>().Rounds;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        deadline.CancelAfter(TimeSpan.FromSeconds(30));
        var value = metrics.Observe(name) ?? double.NaN;
        try
        {
            while (!holds(value))
            {
                await rounds.NextAsync(deadline.Token);
                value = metrics.Observe(name) ?? double.NaN;
            }
        }
        catch (OperationCanceledException) when (!Ct.IsCancellationRequested)
        {
        }
        return value;
    }

    [Fact]
    public void Build_UnknownTelemetryExporter_IsAConfigurationProblem()
    {
        var errors = new StringWriter();

        var app = PauseBotHost.Build(["--Slack:BotToken=xoxb-1", "--Slack:SigningSecret=s", "--Telemetry:Exporter=zipkin"], errors);

        Assert.Null(app);
        Assert.Contains("Telemetry:Exporter", errors.ToString());
    }

    [Theory]
    [InlineData("console")]
    [InlineData("otlp")]
    public async Task Build_WithExporter_RegistersOpenTelemetry(string exporter)
    {
        IServiceCollection services = null!;

        // Inspect the registrations without resolving them: a live provider would export other tests' spans.
        await using var app = PauseBotHost.Build(["--Slack:BotToken=xoxb-1", "--Slack:SigningSecret=s", $"--Telemetry:Exporter={exporter}",
            "--Telemetry:OtlpEndpoint=http://127.0.0.1:4317"], TextWriter.Null, b => services = b.Services);

        Assert.NotNull(app);
        Assert.Contains(services, d => d.ServiceType == typeof(OpenTelemetry.Metrics.MeterProvider));
        Assert.Contains(services, d => d.ServiceType == typeof(OpenTelemetry.Trace.TracerProvider));
    }

    [Fact]
    public async Task Build_ByDefault_NoOpenTelemetrySdk()
    {
        IServiceCollection services = null!;

        await using var app = PauseBotHost.Build(["--Slack:BotToken=xoxb-1", "--Slack:SigningSecret=s"], TextWriter.Null, b => services = b.Services);

        Assert.NotNull(app);
        Assert.DoesNotContain(services, d => d.ServiceType == typeof(OpenTelemetry.Metrics.MeterProvider));
    }
}
