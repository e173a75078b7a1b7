namespace PauseBot.Sandbox;

/// <summary>
/// When the sandbox runs: in Development with neither <c>Slack:BotToken</c> nor <c>Slack:SigningSecret</c> configured.
/// Never in any other environment (there, missing credentials stay a startup error) and never with half the credentials.
/// </summary>
public static class SandboxMode
{
    public static bool IsRequested(IConfiguration configuration, IHostEnvironment environment) =>
        environment.IsDevelopment()
        && string.IsNullOrWhiteSpace(configuration["Slack:BotToken"])
        && string.IsNullOrWhiteSpace(configuration["Slack:SigningSecret"]);
}
