using System.Text.Json;
using System.Text.Json.Nodes;

namespace PauseBot.Slack.Emulator;

/// <summary>
/// The checks every call goes through before its method runs, all read from the method's <see cref="MethodReference"/>:
/// what the client sent that Slack would ignore, required arguments, and the scope the call needs.
/// </summary>
internal static class ReferenceRules
{
    // Slack's answer for a missing required argument where the method documents a specific one; otherwise invalid_arguments.
    private static readonly Dictionary<string, string[]> MissingArgumentErrors = new(StringComparer.Ordinal)
    {
        ["channel"] = ["channel_not_found"],
        ["user"] = ["user_not_found", "user_not_in_channel"],
        ["email"] = ["users_not_found"],
        ["ts"] = ["message_not_found", "thread_not_found"],
        ["post_at"] = ["invalid_time"],
        ["users"] = ["users_list_not_supplied"],
    };

    /// <summary>What the client sent that the reference says Slack ignores: a JSON body to a form-only method, undocumented arguments.</summary>
    public static List<ConformanceIssue> SentIssues(MethodReference reference, ParsedArgs parsed)
    {
        var issues = new List<ConformanceIssue>();
        if (parsed.JsonBodyIgnored)
            issues.Add(new(ConformanceIssueKind.JsonBodyToFormOnlyMethod, $"{reference.Name} reads form fields only; the JSON body was ignored"));
        foreach (var (name, _) in parsed.Sent)
            if (!reference.DocumentsArgument(name))
                issues.Add(new(ConformanceIssueKind.UndocumentedArgument, name));
        return issues;
    }

    /// <summary>The first required argument missing from <paramref name="args"/>, with Slack's answer for it; null when all are there.</summary>
    public static (string Argument, SlackApiError Error)? MissingRequired(MethodReference reference, JsonObject args)
    {
        foreach (var name in reference.RequiredArguments.Order(StringComparer.Ordinal))
        {
            if (IsPresent(args[name])) continue;
            var specific = MissingArgumentErrors.GetValueOrDefault(name)?.FirstOrDefault(reference.Errors.Contains);
            return (name, specific is not null
                ? new SlackApiError(specific)
                : new SlackApiError("invalid_arguments", $"[ERROR] missing required field: {name}"));
        }

        return null;
    }

    /// <summary>The scope the call needs given its conversation (null: none, or the conversation is unknown).</summary>
    public static string? NeededScope(MethodReference reference, JsonObject args, EmulatedWorkspace workspace) =>
        reference.ScopeFor(KindOf(args, workspace));

    /// <summary><c>missing_scope</c> with Slack's <c>needed</c>/<c>provided</c> fields, or null when the token has the scope.</summary>
    public static SlackApiError? CheckScope(string? needed, EmulatedWorkspace workspace)
    {
        if (needed is null || workspace.BotScopes is not { } granted || granted.Contains(needed)) return null;
        return new SlackApiError("missing_scope")
        {
            Fields = new JsonObject { ["needed"] = needed, ["provided"] = string.Join(',', granted.Order(StringComparer.Ordinal)) },
        };
    }

    private static ConversationKind? KindOf(JsonObject args, EmulatedWorkspace workspace)
    {
        if (Text(args["channel"]) is { } id)
            return workspace.FindChannel(id) switch
            {
                { IsIm: true } => ConversationKind.Im,
                { IsPrivate: true } => ConversationKind.PrivateChannel,
                null => null,
                _ => ConversationKind.PublicChannel,
            };
        if (Text(args["users"]) is { } users)
            return users.Split(',', StringSplitOptions.RemoveEmptyEntries).Length > 1 ? ConversationKind.Mpim : ConversationKind.Im;
        return null;
    }

    private static bool IsPresent(JsonNode? node) => node switch
    {
        null => false,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => !string.IsNullOrWhiteSpace(v.GetValue<string>()),
        JsonValue v => v.GetValueKind() != JsonValueKind.Null,
        _ => true,
    };

    private static string? Text(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.GetValue<string>() is { Length: > 0 } s ? s : null;
}
