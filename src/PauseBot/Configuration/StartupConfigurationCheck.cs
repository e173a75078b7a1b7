using PauseBot.Persistence;

namespace PauseBot.Configuration;

/// <summary>
/// Checks the configuration before anything starts and lists every problem at once, so a misconfigured bot stops
/// with one clear message (no stack trace) instead of silently skipping the signature check.
/// </summary>
public static class StartupConfigurationCheck
{
    public static IReadOnlyList<string> Problems(IConfiguration configuration)
    {
        var problems = new List<string>();
        var slack = configuration.GetSection(SlackOptions.Section);
        if (string.IsNullOrWhiteSpace(slack["BotToken"]))
            problems.Add("Slack:BotToken is missing (the xoxb-… bot token; env Slack__BotToken).");
        else if (!slack["BotToken"]!.StartsWith("xox", StringComparison.Ordinal))
            problems.Add("Slack:BotToken does not look like a Slack token (expected xoxb-…).");
        if (string.IsNullOrWhiteSpace(slack["SigningSecret"]))
            problems.Add("Slack:SigningSecret is missing (Basic Information → Signing Secret; env Slack__SigningSecret).");
        if (slack["ApiBaseUrl"] is { Length: > 0 } url && !Uri.TryCreate(url, UriKind.Absolute, out _))
            problems.Add($"Slack:ApiBaseUrl '{url}' is not an absolute URL.");
        if (bool.TryParse(slack["SocketMode"], out var socket) && socket && string.IsNullOrWhiteSpace(slack["AppToken"]))
            problems.Add("Slack:SocketMode is true but Slack:AppToken (xapp-…) is missing.");

        var db = configuration.GetSection(DatabaseOptions.Section);
        if (db["Provider"] is { Length: > 0 } provider && !Enum.TryParse<DatabaseProvider>(provider, true, out _))
            problems.Add($"Database:Provider '{provider}' is not one of Sqlite, Postgres.");
        if (db.Exists() && db["ConnectionString"] is "")
            problems.Add("Database:ConnectionString is empty.");

        if (configuration.GetSection(PauseBotOptions.Section)["PublicBaseUrl"] is { Length: > 0 } publicUrl
            && (!Uri.TryCreate(publicUrl, UriKind.Absolute, out var parsed) || parsed.Scheme is not ("https" or "http")))
            problems.Add($"PauseBot:PublicBaseUrl '{publicUrl}' is not an absolute http(s) URL.");

        foreach (var admin in configuration.GetSection(PauseBotOptions.Section).GetSection("Admins").GetChildren())
            if (admin.Value is not { Length: > 1 } id || !(id[0] is 'U' or 'W'))
                problems.Add($"PauseBot:Admins entry '{admin.Value}' is not a Slack user id (U…/W…).");
        return problems;
    }
}
