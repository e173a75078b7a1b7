using System.Text;
using PauseBot.Slack.Emulator;

namespace PauseBot.Slack.Tests.WebApi;

/// <summary>An error code the client handles by name for a method, and what it does with it.</summary>
internal sealed record HandledError(string Code, string Handling);

/// <summary>
/// Per Slack method the client called: its scope, the transport used vs the reference's, the rate-limit tier, arguments sent
/// vs documented, and the error codes the client handles by name (each must be one Slack documents for the method).
/// </summary>
internal sealed record ClientConformanceReport(string Text, IReadOnlyList<string> Problems)
{
    public static ClientConformanceReport Build(IReadOnlyList<RecordedCall> calls, Func<MethodReference, IReadOnlyList<HandledError>> handled)
    {
        var problems = new List<string>();
        var rows = new List<string[]>
        {
            new[] { "method", "bot scope needed", "sent as", "reference", "tier", "required sent", "arguments sent (documented: all)",
                "documented, not sent", "errors handled by name", "result" },
        };
        foreach (var group in calls.Where(c => c.Method != CallLog.ResponseUrlMethod).GroupBy(c => c.Method).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var method = group.Key;
            var reference = SlackMethodReferences.Find(method);
            var sent = group.SelectMany(c => c.Args.Select(a => a.Key)).Distinct().Order(StringComparer.Ordinal).ToList();
            var transports = group.Select(c => c.Transport).Distinct().ToList();
            var issues = group.SelectMany(c => c.Issues).Distinct().ToList();
            var errors = reference is null ? [] : handled(reference);
            var mine = new List<string>();
            if (reference is null) mine.Add("not in Slack's references");
            mine.AddRange(issues.Select(i => i.ToString()));
            if (reference is not null && !reference.JsonInputSupported && transports.Contains(CallTransport.Json)) mine.Add("JSON body to a form-only method");
            mine.AddRange(errors.Where(e => !reference!.Documents(e.Code)).Select(e => $"handles {e.Code}, which Slack does not document for it"));
            problems.AddRange(mine.Distinct().Select(p => $"{method}: {p}"));

            var needed = group.Select(c => c.Scope).Distinct().ToList();
            var scopes = needed.All(s => s is null) ? "none" : string.Join(", ", needed.OfType<string>().Order(StringComparer.Ordinal)
                .Select(s => SlackAppManifest.Http.BotScopes.Contains(s) ? s : s + " (not in manifest)"));
            var input = reference is null ? "?" : reference.JsonInputSupported ? "json/form" : "form only";
            var tier = reference is null ? "?" : reference.Tier == RateLimitTier.Special ? "special" : reference.RateLimits;
            var required = reference is null ? "?" : reference.RequiredArguments.Count == 0 ? "(none)"
                : string.Join(", ", reference.RequiredArguments.Order(StringComparer.Ordinal).Select(r => sent.Contains(r) ? r : r + " MISSING"));
            var notSent = reference is null ? "" : string.Join(", ", reference.Arguments.Where(a => !sent.Contains(a)).Order(StringComparer.Ordinal));
            var sentText = string.Join(", ", sent.Select(a => reference?.DocumentsArgument(a) == false ? a + " (UNDOCUMENTED)" : a));
            var handledText = string.Join(", ", errors.GroupBy(e => e.Handling).Select(g => $"{string.Join("/", g.Select(e => e.Code))}: {g.Key}"));
            rows.Add([method, scopes, string.Join("/", transports).ToLowerInvariant(), input, tier, required, sentText, notSent, handledText,
                mine.Count == 0 ? "OK" : "FAIL: " + string.Join("; ", mine.Distinct())]);
        }

        var widths = Enumerable.Range(0, rows[0].Length).Select(i => i is 6 or 7 or 8 or 9 ? 0 : rows.Max(r => r[i].Length)).ToArray();
        var text = new StringBuilder();
        foreach (var row in rows)
            text.AppendLine(string.Join(" | ", row.Select((cell, i) => cell.PadRight(widths[i]))).TrimEnd());
        text.AppendLine("Every other ok:false answer reaches the caller as SlackApiException(error).");
        text.AppendLine(problems.Count == 0 ? "All methods conform." : $"{problems.Count} problem(s).");
        return new ClientConformanceReport(text.ToString(), problems);
    }
}
