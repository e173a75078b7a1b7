using Microsoft.Extensions.Options;

namespace PauseBot.Configuration;

/// <summary>
/// The <c>Slack</c> section: both credentials for HTTP (neither only in Development, where that starts the sandbox, which
/// fills them in before this runs), the bot token for Socket Mode with an app-level token, and an absolute API URL.
/// </summary>
public sealed class SlackOptionsValidator : IValidateOptions<SlackOptions>
{
    private const string Both = "set both to connect to Slack, or neither (Development only) to run the local sandbox";

    public ValidateOptionsResult Validate(string? name, SlackOptions options)
    {
        var failures = new List<string>();
        var hasToken = !string.IsNullOrWhiteSpace(options.BotToken);
        var hasSecret = !string.IsNullOrWhiteSpace(options.SigningSecret);
        if (options.SocketMode)
        {
            // Slack does not sign Socket Mode payloads: the secret is optional there (HTTP endpoints need it).
            if (!hasToken) failures.Add("Slack:BotToken is missing (the xoxb-… bot token; env Slack__BotToken).");
        }
        else if (!hasToken && !hasSecret)
        {
            failures.Add("Slack:BotToken is missing (the xoxb-… bot token; env Slack__BotToken).");
            failures.Add("Slack:SigningSecret is missing (Basic Information → Signing Secret; env Slack__SigningSecret).");
        }
        else if (!hasSecret)
            failures.Add($"Slack:SigningSecret is missing but Slack:BotToken is set; {Both}.");
        else if (!hasToken)
            failures.Add($"Slack:BotToken is missing but Slack:SigningSecret is set; {Both}.");

        if (hasToken && !options.BotToken!.StartsWith("xox", StringComparison.Ordinal))
            failures.Add("Slack:BotToken does not look like a Slack token (expected xoxb-…).");
        if (options.SocketMode && string.IsNullOrWhiteSpace(options.AppToken))
            failures.Add("Slack:SocketMode is true but Slack:AppToken (xapp-…) is missing.");
        else if (options.SocketMode && !options.AppToken!.StartsWith("xapp-", StringComparison.Ordinal))
            failures.Add("Slack:AppToken does not look like an app-level token (expected xapp-…).");
        if (!OptionsRules.IsAbsoluteHttp(options.ApiBaseUrl))
            failures.Add($"Slack:ApiBaseUrl '{options.ApiBaseUrl}' is not an absolute http(s) URL.");
        return OptionsRules.Result(failures);
    }
}
