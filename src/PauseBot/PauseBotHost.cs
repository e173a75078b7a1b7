using PauseBot.Configuration;
using PauseBot.Features.Api;
using PauseBot.Features.Webhooks;
using PauseBot.Slack;

namespace PauseBot;

/// <summary>The table of contents of the bot: what it is made of and what it serves. Program.cs and tests call it.</summary>
public static class PauseBotHost
{
    /// <summary>Builds the app, or writes every configuration problem to <paramref name="errors"/> and returns null.</summary>
    public static WebApplication? Build(string[] args, TextWriter errors, Action<WebApplicationBuilder>? customize = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        customize?.Invoke(builder);

        if (StartupConfigurationCheck.Problems(builder.Configuration) is { Count: > 0 } problems)
        {
            errors.WriteLine("PauseBot cannot start; fix the configuration:\n  - " + string.Join("\n  - ", problems)
                             + "\nEvery key is described in appsettings.example.json.");
            return null;
        }

        builder.Services.AddPauseBotCore();
        builder.Services.AddPauseBotPersistence(builder.Configuration);
        builder.Services.AddPauseBotSlack(builder.Configuration);
        builder.Services.AddPauseBotOutbox(builder.Configuration);
        builder.Services.AddPauseBotJobs();
        builder.Services.AddPauseBotApi();
        builder.Services.AddPauseBotWebhooks();

        var app = builder.Build();
        app.MapSlackEndpoints();
        app.MapHealthEndpoints();
        app.MapPauseBotApi();
        app.MapOpenApi();
        return app;
    }
}
