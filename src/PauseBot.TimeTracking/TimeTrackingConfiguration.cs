using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace PauseBot.TimeTracking;

/// <summary>
/// Checks the <c>TimeTracking</c> section before anything starts and lists every problem at once: a connector with only
/// some of its credentials (naming the missing keys), ids of the wrong shape, base URLs that are not absolute http(s) URLs,
/// and a check interval that is not a positive TimeSpan. An absent section is fine: every connector is optional.
/// </summary>
public static class TimeTrackingConfiguration
{
    /// <summary>Every problem in <c>TimeTracking</c> of <paramref name="configuration"/> (the root or any parent of the section).</summary>
    public static IReadOnlyList<string> Problems(IConfiguration configuration)
    {
        var section = configuration.GetSection(TimeTrackingOptions.Section);
        return Problems(key => section[key]);
    }

    private static List<string> Problems(Func<string, string?> get)
    {
        var problems = new List<string>();
        CheckConnector(problems, get, "Harvest", ("AccessToken", "a personal access token"),
            ("AccountId", "the Harvest account id"), numericId: "AccountId");
        CheckConnector(problems, get, "Toggl", ("ApiToken", "a workspace admin's API token"),
            ("WorkspaceId", "the numeric workspace id"), numericId: "WorkspaceId");
        CheckConnector(problems, get, "Clockify", ("ApiKey", "a workspace admin's API key"),
            ("WorkspaceId", "the workspace id"), numericId: null);
        if (get("CheckInterval") is { Length: > 0 } interval
            && (!TimeSpan.TryParse(interval, CultureInfo.InvariantCulture, out var parsed) || parsed <= TimeSpan.Zero))
            problems.Add($"TimeTracking:CheckInterval '{interval}' is not a positive TimeSpan (e.g. 00:15:00).");
        return problems;
    }

    /// <summary>The same checks on bound options (for <c>ValidateOnStart</c>).</summary>
    public static IReadOnlyList<string> Problems(TimeTrackingOptions options)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Harvest:AccessToken"] = options.Harvest.AccessToken,
            ["Harvest:AccountId"] = options.Harvest.AccountId,
            ["Harvest:BaseUrl"] = options.Harvest.BaseUrl?.OriginalString,
            ["Toggl:ApiToken"] = options.Toggl.ApiToken,
            ["Toggl:WorkspaceId"] = options.Toggl.WorkspaceId,
            ["Toggl:BaseUrl"] = options.Toggl.BaseUrl?.OriginalString,
            ["Clockify:ApiKey"] = options.Clockify.ApiKey,
            ["Clockify:WorkspaceId"] = options.Clockify.WorkspaceId,
            ["Clockify:BaseUrl"] = options.Clockify.BaseUrl?.OriginalString,
            ["CheckInterval"] = options.CheckInterval.ToString("c", CultureInfo.InvariantCulture),
        };
        var problems = Problems(key => values.GetValueOrDefault(key));
        if (options.Harvest.BaseUrl is null) problems.Add("TimeTracking:Harvest:BaseUrl is empty.");
        if (options.Toggl.BaseUrl is null) problems.Add("TimeTracking:Toggl:BaseUrl is empty.");
        if (options.Clockify.BaseUrl is null) problems.Add("TimeTracking:Clockify:BaseUrl is empty.");
        return problems;
    }

    private static void CheckConnector(List<string> problems, Func<string, string?> get, string name,
        (string Key, string What) secret, (string Key, string What) id, string? numericId)
    {
        var prefix = $"TimeTracking:{name}:";
        string? Value(string key) => get($"{name}:{key}");
        var hasSecret = !string.IsNullOrWhiteSpace(Value(secret.Key));
        var hasId = !string.IsNullOrWhiteSpace(Value(id.Key));
        if (hasSecret && !hasId)
            problems.Add($"{prefix}{id.Key} is missing but {prefix}{secret.Key} is set; set {id.Key} ({id.What}) to enable {name}, or remove {secret.Key}.");
        else if (!hasSecret && hasId)
            problems.Add($"{prefix}{secret.Key} is missing but {prefix}{id.Key} is set; set {secret.Key} ({secret.What}) to enable {name}, or remove {id.Key}.");
        if (hasId && numericId is not null && !long.TryParse(Value(numericId)!.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out _))
            problems.Add($"{prefix}{numericId} '{Value(numericId)}' is not a number.");
        if (hasId && numericId is null && Value(id.Key)!.Trim().Any(char.IsWhiteSpace))
            problems.Add($"{prefix}{id.Key} '{Value(id.Key)}' contains spaces.");
        if (Value("BaseUrl") is { Length: > 0 } url && (!Uri.TryCreate(url, UriKind.Absolute, out var parsed) || parsed.Scheme is not ("https" or "http")))
            problems.Add($"{prefix}BaseUrl '{url}' is not an absolute http(s) URL.");
    }
}
