using PauseBot.Persistence;
using PauseBot.Telemetry;

namespace PauseBot.Configuration;

/// <summary>
/// Checks the configuration before anything starts and lists every problem at once, so a misconfigured bot stops
/// with one clear message (no stack trace) instead of silently skipping the signature check. With Slack:SocketMode
/// the signing secret is optional (Slack does not sign Socket Mode payloads) and the HTTP Slack endpoints are only
/// served when it is set.
/// </summary>
public static class StartupConfigurationCheck
{
    /// <summary>
    /// Every configuration problem. <paramref name="sandbox"/> (Development with neither Slack credential) lets both be
    /// missing; exactly one of them set is a problem everywhere.
    /// </summary>
    public static IReadOnlyList<string> Problems(IConfiguration configuration, bool sandbox = false)
    {
        var problems = new List<string>();
        var slack = configuration.GetSection(SlackOptions.Section);
        var hasToken = !string.IsNullOrWhiteSpace(slack["BotToken"]);
        var hasSecret = !string.IsNullOrWhiteSpace(slack["SigningSecret"]);
        const string both = "set both to connect to Slack, or neither (Development only) to run the local sandbox";
        var socketMode = bool.TryParse(slack["SocketMode"], out var socket) && socket;
        if (socketMode)
        {
            // Slack does not sign Socket Mode payloads: the secret is optional there (HTTP endpoints need it).
            if (!hasToken) problems.Add("Slack:BotToken is missing (the xoxb-… bot token; env Slack__BotToken).");
        }
        else if (!hasToken && !hasSecret && !sandbox)
        {
            problems.Add("Slack:BotToken is missing (the xoxb-… bot token; env Slack__BotToken).");
            problems.Add("Slack:SigningSecret is missing (Basic Information → Signing Secret; env Slack__SigningSecret).");
        }
        else if (hasToken && !hasSecret)
            problems.Add($"Slack:SigningSecret is missing but Slack:BotToken is set; {both}.");
        else if (!hasToken && hasSecret)
            problems.Add($"Slack:BotToken is missing but Slack:SigningSecret is set; {both}.");
        if (hasToken && !slack["BotToken"]!.StartsWith("xox", StringComparison.Ordinal))
            problems.Add("Slack:BotToken does not look like a Slack token (expected xoxb-…).");
        if (slack["ApiBaseUrl"] is { Length: > 0 } url && !Uri.TryCreate(url, UriKind.Absolute, out _))
            problems.Add($"Slack:ApiBaseUrl '{url}' is not an absolute URL.");
        if (slack["SocketMode"] is { Length: > 0 } flag && !bool.TryParse(flag, out _))
            problems.Add($"Slack:SocketMode '{flag}' is not true or false.");
        if (socketMode && string.IsNullOrWhiteSpace(slack["AppToken"]))
            problems.Add("Slack:SocketMode is true but Slack:AppToken (xapp-…) is missing.");
        else if (socketMode && !slack["AppToken"]!.StartsWith("xapp-", StringComparison.Ordinal))
            problems.Add("Slack:AppToken does not look like an app-level token (expected xapp-…).");

        var db = configuration.GetSection(DatabaseOptions.Section);
        if (db["Provider"] is { Length: > 0 } provider && !Enum.TryParse<DatabaseProvider>(provider, true, out _))
            problems.Add($"Database:Provider '{provider}' is not one of Sqlite, Postgres.");
        if (db.Exists() && db["ConnectionString"] is "")
            problems.Add("Database:ConnectionString is empty.");

        var telemetry = configuration.GetSection(TelemetryOptions.Section);
        if (telemetry["Exporter"] is { Length: > 0 } exporter && !Enum.TryParse<TelemetryExporter>(exporter, true, out _))
            problems.Add($"Telemetry:Exporter '{exporter}' is not one of none, console, otlp.");
        if (telemetry["OtlpEndpoint"] is { Length: > 0 } otlp && !Uri.TryCreate(otlp, UriKind.Absolute, out _))
            problems.Add($"Telemetry:OtlpEndpoint '{otlp}' is not an absolute URL.");
        if (configuration.GetSection(PauseBotOptions.Section)["PublicBaseUrl"] is { Length: > 0 } publicUrl
            && (!Uri.TryCreate(publicUrl, UriKind.Absolute, out var parsed) || parsed.Scheme is not ("https" or "http")))
            problems.Add($"PauseBot:PublicBaseUrl '{publicUrl}' is not an absolute http(s) URL.");

        foreach (var admin in configuration.GetSection(PauseBotOptions.Section).GetSection("Admins").GetChildren())
            if (admin.Value is not { Length: > 1 } id || !(id[0] is 'U' or 'W'))
                problems.Add($"PauseBot:Admins entry '{admin.Value}' is not a Slack user id (U…/W…).");
        return problems;
    }
}
