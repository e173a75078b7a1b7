using PauseBot.Slack.Emulator;

namespace PauseBot.Sandbox;

/// <summary>
/// Wires the sandbox into the host: an in-process Slack emulator served by the bot's own Kestrel (<c>/api</c>,
/// <c>/response</c>), the bot configured against it, loopback-only listening, and the page's services.
/// </summary>
public static class SandboxHosting
{
    public static SandboxSettings AddPauseBotSandbox(this WebApplicationBuilder builder)
    {
        var settings = SandboxSettings.From(builder.Configuration);
        var emulator = new EmulatorState(new SlackEmulatorOptions { SeedDefaultWorkspace = false, LenientTriggers = false })
        {
            BaseUrl = settings.SelfUrl,
        };
        // Framework logs are quiet through appsettings.json, so the sandbox line stands out; the bot's own lines stay.
        builder.Configuration.AddInMemoryCollection(
            [.. settings.BotConfiguration(emulator.Options.BotToken), new("AllowedHosts", "localhost;127.0.0.1;[::1]")]);
        // Whatever urls were configured, the sandbox answers on loopback only ("localhost" binds 127.0.0.1 and ::1).
        builder.WebHost.UseUrls($"http://localhost:{settings.Port}");

        var changes = new SandboxChanges();
        var modals = new SandboxModals();
        emulator.Calls.Recorded += call =>
        {
            modals.Observe(call);
            changes.Notify();
        };
        var services = builder.Services;
        services.AddSingleton(settings);
        services.AddSingleton(emulator);
        services.AddSingleton(changes);
        services.AddSingleton(modals);
        services.AddSingleton<SandboxPage>();
        services.AddSingleton<SandboxSeeder>();
        services.AddTransient<SandboxMessages>();
        services.AddTransient<SandboxInteractions>();
        services.AddHttpClient<SandboxRequests>(SandboxRequests.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(5));
        services.AddHostedService<SandboxStartup>();
        return settings;
    }
}

/// <summary>Starts the sandbox from its seed before the server takes requests and says, in one log line, what is running.</summary>
internal sealed class SandboxStartup(SandboxSeeder seeder, SandboxSettings settings, ILogger<SandboxStartup> log) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await seeder.SeedAsync(cancellationToken);
        Log.SandboxStarted(log, settings.PageUrl, settings.DatabaseFile);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
