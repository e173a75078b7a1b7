using System.Text;
using PauseBot.Slack.Emulator;

namespace PauseBot.Slack.Tests.WebApi;

/// <summary>Per Slack method the client called: its scope, the transport used vs the reference's, arguments sent vs documented.</summary>
internal sealed record ClientConformanceReport(string Text, IReadOnlyList<string> Problems)
{
    public static ClientConformanceReport Build(IReadOnlyList<RecordedCall> calls)
    {
        var problems = new List<string>();
        var text = new StringBuilder();
        text.AppendLine("method                 | bot scope needed                    | sent as | reference | required sent | arguments sent (documented: all) | documented, not sent | result");
        foreach (var group in calls.Where(c => c.Method != CallLog.ResponseUrlMethod).GroupBy(c => c.Method).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var method = group.Key;
            var reference = SlackMethodReferences.Find(method);
            var sent = group.SelectMany(c => c.Args.Select(a => a.Key)).Distinct().Order(StringComparer.Ordinal).ToList();
            var transports = group.Select(c => c.Transport).Distinct().ToList();
            var issues = group.SelectMany(c => c.Issues).Distinct().ToList();
            var mine = new List<string>();
            if (reference is null) mine.Add("not in Slack's references");
            mine.AddRange(issues.Select(i => i.ToString()));
            if (reference is not null && !reference.JsonInputSupported && transports.Contains(CallTransport.Json)) mine.Add("JSON body to a form-only method");
            problems.AddRange(mine.Distinct().Select(p => $"{method}: {p}"));

            var needed = group.Select(c => c.Scope).Distinct().ToList();
            var scopes = needed.All(s => s is null) ? "none" : string.Join(", ", needed.OfType<string>().Order(StringComparer.Ordinal)
                .Select(s => SlackAppManifest.Http.BotScopes.Contains(s) ? s : s + " (not in manifest)"));
            var input = reference is null ? "?" : reference.JsonInputSupported ? "json/form" : "form only";
            var required = reference is null ? "?" : reference.RequiredArguments.Count == 0 ? "(none)"
                : string.Join(", ", reference.RequiredArguments.Order(StringComparer.Ordinal).Select(r => sent.Contains(r) ? r : r + " MISSING"));
            var notSent = reference is null ? "" : string.Join(", ", reference.Arguments.Where(a => !sent.Contains(a)).Order(StringComparer.Ordinal));
            var sentText = string.Join(", ", sent.Select(a => reference?.DocumentsArgument(a) == false ? a + " (UNDOCUMENTED)" : a));
            text.AppendLine(string.Join(" | ", method.PadRight(22), scopes.PadRight(35), string.Join("/", transports).ToLowerInvariant().PadRight(7),
                input.PadRight(9), required, sentText, notSent, mine.Count == 0 ? "OK" : "FAIL: " + string.Join("; ", mine.Distinct())));
        }

        text.AppendLine(problems.Count == 0 ? "All methods conform." : $"{problems.Count} problem(s).");
        return new ClientConformanceReport(text.ToString(), problems);
    }
}
