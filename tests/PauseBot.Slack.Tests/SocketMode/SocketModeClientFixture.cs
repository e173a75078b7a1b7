using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PauseBot.Slack.Emulator;
using PauseBot.Slack.Inbound;
using PauseBot.Slack.SocketMode;
using PauseBot.Slack.Tests.TestSupport;

namespace PauseBot.Slack.Tests.SocketMode;

/// <summary>A real <see cref="SocketModeClient"/> (with the HTTP pipeline's handlers) connected to the emulator's WebSocket server.</summary>
internal sealed class SocketModeClientFixture : IAsyncDisposable
{
    private ServiceProvider? services;
    private List<IHostedService> hosted = [];

    private SocketModeClientFixture(SlackEmulator slack) => Slack = slack;

    public SlackEmulator Slack { get; }
    public SocketModeServer Server => Slack.SocketMode;
    public SocketModeClient Client => services!.GetRequiredService<SocketModeClient>();
    public HandlerProbe Probe => services!.GetRequiredService<HandlerProbe>();

    /// <summary>Starts the emulator and the client; <paramref name="clientTime"/> is the client's clock (stagger, backoff, hello, drain).</summary>
    public static async Task<SocketModeClientFixture> StartAsync(Action<SocketModeOptions>? configure = null, bool waitForConnections = true,
        TimeProvider? clientTime = null)
    {
        var fixture = new SocketModeClientFixture(await SlackEmulator.StartAsync(new SlackEmulatorOptions { BotScopes = SlackAppManifest.SocketMode.BotScopes }));
        var collection = new ServiceCollection()
            .AddSingleton(clientTime ?? TimeProvider.System)
            .AddLogging()
            .AddSingleton<HandlerProbe>()
            .AddSlackApi(o => { o.BotToken = fixture.Slack.BotToken; o.ApiBaseUrl = fixture.Slack.ApiBaseUrl; o.RetryBaseDelay = TimeSpan.FromMilliseconds(10); })
            .AddSlackInbound(o => o.RequireSigningSecret = false)
            .AddInMemoryInbox(autoRun: true)
            .AddSlackHandlers(h => h
                .Command<RecordingCommand>("/record").Event<MessageEvent, MessageRecorder>().Event<AppMention, MessageRecorder>()
                .BlockAction<AckButton>("a").ViewSubmission<FormSubmit>("view-id"))
            .AddSlackSocketMode(o =>
            {
                o.AppToken = fixture.Slack.AppToken;
                o.ConnectionStagger = TimeSpan.FromMilliseconds(100);
                o.ReconnectBaseDelay = TimeSpan.FromMilliseconds(50);
                o.ReconnectMaxDelay = TimeSpan.FromMilliseconds(500);
                configure?.Invoke(o);
            });
        fixture.services = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        fixture.hosted = [.. fixture.services.GetServices<IHostedService>()];
        foreach (var service in fixture.hosted)
            await service.StartAsync(TestContext.Current.CancellationToken);
        if (waitForConnections)
            await fixture.Server.WaitForConnectionsAsync(2, TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        return fixture;
    }

    public static JsonObject Command(string text) => new()
    {
        ["team_id"] = "T0PAUSEBOT", ["channel_id"] = "C1", ["user_id"] = "U1", ["command"] = "/record", ["text"] = text,
        ["response_url"] = "https://hooks.slack.com/commands/T0PAUSEBOT/1/x", ["trigger_id"] = "1.2.x",
    };

    public static JsonObject MessageEvent(string eventId, string text) => new()
    {
        ["team_id"] = "T0PAUSEBOT", ["api_app_id"] = "A0PAUSEBOT", ["type"] = "event_callback", ["event_id"] = eventId, ["event_time"] = 1,
        ["event"] = new JsonObject
        {
            ["type"] = "message", ["channel"] = "D1", ["user"] = "U1", ["text"] = text, ["ts"] = "1.000001", ["channel_type"] = "im",
        },
    };

    /// <summary>Sends a sentinel event and waits until it was handled: stored rows are handled one after another, so earlier events are done.</summary>
    public async Task DrainEventsAsync()
    {
        await Server.SendAsync("events_api", MessageEvent("EvSentinel", "sentinel"), false, cancellationToken: TestContext.Current.CancellationToken);
        await Probe.Sentinel.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var service in Enumerable.Reverse(hosted))
            await service.StopAsync(CancellationToken.None);
        if (services is not null) await services.DisposeAsync();
        await Slack.DisposeAsync();
    }
}
