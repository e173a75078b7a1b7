using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PauseBot.Slack.Emulator;

/// <summary>
/// A standalone Slack Web API emulator: Kestrel on 127.0.0.1 with an ephemeral port, serving <c>/api/{method}</c> and
/// <c>/response/{id}</c> from one <see cref="EmulatorState"/>. Point the bot's Slack base URL at <see cref="ApiBaseUrl"/>.
/// </summary>
public sealed class SlackEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SlackEmulator(WebApplication app, EmulatorState state, Uri baseUrl)
    {
        _app = app;
        State = state;
        BaseUrl = baseUrl;
    }

    /// <summary>The shared core (also usable by an in-process host).</summary>
    public EmulatorState State { get; }
    /// <summary><c>http://127.0.0.1:{port}/</c>.</summary>
    public Uri BaseUrl { get; }
    /// <summary><c>http://127.0.0.1:{port}/api/</c>; a Slack method is the last path segment (<c>…/api/chat.postMessage</c>).</summary>
    public Uri ApiBaseUrl => new(BaseUrl, "api/");
    /// <summary>Users, channels, DMs and messages.</summary>
    public EmulatedWorkspace Workspace => State.Workspace;
    /// <summary>Shortcut for <see cref="EmulatedWorkspace.Messages"/>.</summary>
    public MessageStore Messages => State.Messages;
    /// <summary>Views opened/published through <c>views.*</c>.</summary>
    public ViewStore Views => State.Views;
    /// <summary>Every Web API call and response_url post, in order.</summary>
    public CallLog Calls => State.Calls;
    /// <summary>Injected failures.</summary>
    public FaultInjector Faults => State.Faults;
    /// <summary>Rate limits (configurable per test).</summary>
    public RateLimiter Limits => State.Limits;
    /// <summary>Socket Mode: connections opened with <c>apps.connections.open</c>, envelopes, acks, forced disconnects.</summary>
    public SocketModeServer SocketMode => State.SocketMode;
    /// <summary>The app-level token <c>apps.connections.open</c> accepts.</summary>
    public string AppToken => State.Options.AppToken;
    /// <summary>The bot token the emulator accepts.</summary>
    public string BotToken => State.Options.BotToken;

    /// <summary>The Web API methods the emulator serves (each described by its <see cref="SlackMethodReferences">reference</see>).</summary>
    public static IReadOnlyCollection<string> EmulatedMethods => MethodTable.Names;

    /// <summary>Starts an emulator on <c>127.0.0.1</c> with an ephemeral port.</summary>
    public static async Task<SlackEmulator> StartAsync(SlackEmulatorOptions? options = null, CancellationToken ct = default)
    {
        var state = new EmulatorState(options);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(SlackEmulator).Assembly.GetName().Name });
        builder.Logging.ClearProviders();
        if (state.Options.LoggerFactory is { } lf) builder.Services.AddSingleton(lf);
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapSlackEmulator(state);
        await app.StartAsync(ct).ConfigureAwait(false);

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var port = new Uri(address).Port;
        state.BaseUrl = new Uri($"http://127.0.0.1:{port}/");
        return new SlackEmulator(app, state, state.BaseUrl);
    }

    /// <summary>A response URL on this server that records posts; 5 uses within 30 minutes like Slack. See <see cref="EmulatorState.CreateResponseUrl"/>.</summary>
    public string CreateResponseUrl(string? channelId = null, string? userId = null, string? messageTs = null) =>
        State.CreateResponseUrl(channelId, userId, messageTs);

    /// <summary>A trigger id that <c>views.open</c> accepts once within 3 s.</summary>
    public string IssueTriggerId() => State.IssueTriggerId();

    /// <summary>An <see cref="HttpClient"/> for <see cref="ApiBaseUrl"/>, optionally with the bot token as Bearer.</summary>
    public HttpClient CreateClient(bool withBotToken = true)
    {
        var client = new HttpClient { BaseAddress = ApiBaseUrl };
        if (withBotToken) client.DefaultRequestHeaders.Authorization = new("Bearer", BotToken);
        return client;
    }

    /// <summary>Stops the server.</summary>
    public async ValueTask DisposeAsync()
    {
        State.SocketMode.AbortAll();
        await _app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
