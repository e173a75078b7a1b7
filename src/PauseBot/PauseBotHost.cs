using PauseBot.Configuration;
using PauseBot.Sandbox;
using PauseBot.Features.Api;
using PauseBot.Features.Webhooks;
using PauseBot.Footprint;
using PauseBot.Slack;
using PauseBot.Telemetry;

namespace PauseBot;

/// <summary>The table of contents of the bot: what it is made of and what it serves. Program.cs and tests call it.</summary>
public static class PauseBotHost
{
    /// <summary>Builds the app, or writes every configuration problem to <paramref name="errors"/> and returns null.</summary>
    public static WebApplication? Build(string[] args, TextWriter errors, Action<WebApplicationBuilder>? customize = null)
    {
        // Configuration is read once: watching the content root for appsettings changes costs startup (a watch on
        // every folder below it) and nothing here reloads. A later --hostBuilder:reloadConfigOnChange=true still wins.
        var builder = WebApplication.CreateBuilder(["--hostBuilder:reloadConfigOnChange=false", .. args]);
        builder.Configuration.AddShippedDefaults(builder.Environment);
        customize?.Invoke(builder);

        // The sandbox fills in the Slack and database settings that wire the bot to its emulator, so it comes first.
        var sandbox = SandboxMode.IsRequested(builder.Configuration, builder.Environment);
        if (sandbox) builder.AddPauseBotSandbox();
        if (StartupConfigurationCheck.Problems(builder.Configuration) is { Count: > 0 } problems)
        {
            errors.WriteLine("PauseBot cannot start; fix the configuration:\n  - " + string.Join("\n  - ", problems)
                             + "\nEvery key is described in appsettings.example.json.");
            return null;
        }

        builder.Services.AddPauseBotCore();
        builder.Services.AddPauseBotPersistence(builder.Configuration);
        builder.Services.AddPauseBotSlack(builder.Configuration);
        builder.Services.AddPauseBotSocketMode(builder.Configuration);
        builder.Services.AddPauseBotOutbox(builder.Configuration);
        builder.Services.AddPauseBotInbox(builder.Configuration);
        builder.Services.AddPauseBotTrackers(builder.Configuration);
        builder.AddPauseBotJobs();
        builder.Services.AddPauseBotTelemetry(builder.Configuration);
        builder.Services.AddPauseBotApi();
        builder.Services.AddPauseBotWebhooks();
        builder.Services.AddPauseBotFootprint();

        var app = builder.Build();
        app.MapSlackEndpoints();
        app.MapHealthEndpoints();
        if (sandbox) app.MapPauseBotSandbox();
        app.MapPauseBotApi();
        app.MapOpenApi();
        return app;
    }
}
