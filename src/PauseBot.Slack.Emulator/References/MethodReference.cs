using System.Text.Json.Nodes;

namespace PauseBot.Slack.Emulator;

/// <summary>
/// What Slack documents for one Web API method: one file of <c>References/Methods</c> (Slack's method page as data).
/// The emulator serves a method only as its reference describes it. https://docs.slack.dev/reference/methods
/// </summary>
public sealed class MethodReference
{
    /// <summary>The method name, e.g. <c>chat.postMessage</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The documented HTTP method (<c>GET</c> or <c>POST</c>); Slack accepts both for every method.</summary>
    public required string HttpMethod { get; init; }

    /// <summary>True when Slack reads a JSON body (<c>json_input_supported</c>); otherwise only form fields and the query.</summary>
    public bool JsonInputSupported { get; init; }

    /// <summary>The documented rate limit, <c>t1</c>…<c>t4</c>, or <c>t5</c> for "Special".</summary>
    public required string RateLimits { get; init; }

    /// <summary>Bot token scopes; where several are listed the conversation type picks one (see <see cref="ScopeFor"/>).</summary>
    public required IReadOnlyList<string> BotScopes { get; init; }

    /// <summary>Every documented argument except <c>token</c> (always sent as <c>Authorization: Bearer</c>).</summary>
    public required IReadOnlyList<string> Arguments { get; init; }

    /// <summary>The arguments the reference marks required, except <c>token</c>.</summary>
    public required IReadOnlySet<string> RequiredArguments { get; init; }

    /// <summary>The method's own documented error codes (Slack's common errors are in <see cref="SlackCommonErrors"/>).</summary>
    public required IReadOnlySet<string> Errors { get; init; }

    /// <summary>Documented warning codes (<c>warning</c> / <c>response_metadata.warnings</c> of a successful answer).</summary>
    public required IReadOnlySet<string> Warnings { get; init; }

    /// <summary>The documented typical success response, or null.</summary>
    public JsonObject? SuccessExample { get; init; }

    /// <summary>The rate-limit tier (<c>t5</c> → <see cref="RateLimitTier.Special"/>).</summary>
    public RateLimitTier Tier => RateLimits switch
    {
        "t1" => RateLimitTier.Tier1,
        "t2" => RateLimitTier.Tier2,
        "t3" => RateLimitTier.Tier3,
        "t4" => RateLimitTier.Tier4,
        _ => RateLimitTier.Special,
    };

    /// <summary>True when Slack may answer this method with <paramref name="error"/> (its own codes or a common one).</summary>
    public bool Documents(string error) => Errors.Contains(error) || SlackCommonErrors.Contains(error);

    /// <summary>True when <paramref name="argument"/> is one of the method's documented arguments (or <c>token</c>).</summary>
    public bool DocumentsArgument(string argument) => argument == "token" || Arguments.Contains(argument, StringComparer.Ordinal);

    /// <summary>
    /// The bot scope a call needs: the only one listed, or — where the reference lists one per conversation type — the one
    /// for <paramref name="kind"/> (<c>channels:</c> public, <c>groups:</c> private, <c>im:</c> DM, <c>mpim:</c> group DM).
    /// Null when the method needs none, or when the type is not known (the call then fails on the conversation itself).
    /// </summary>
    public string? ScopeFor(ConversationKind? kind)
    {
        if (BotScopes.Count <= 1) return BotScopes.Count == 1 ? BotScopes[0] : null;
        if (kind is not { } k) return null;
        var prefix = k switch
        {
            ConversationKind.PublicChannel => "channels:",
            ConversationKind.PrivateChannel => "groups:",
            ConversationKind.Im => "im:",
            _ => "mpim:",
        };
        return BotScopes.FirstOrDefault(s => s.StartsWith(prefix, StringComparison.Ordinal));
    }
}

/// <summary>A conversation's type, which picks the scope of type-dependent methods.</summary>
public enum ConversationKind
{
    /// <summary>A public channel (<c>C…</c>): <c>channels:*</c> scopes.</summary>
    PublicChannel,
    /// <summary>A private channel (<c>G…</c> or private <c>C…</c>): <c>groups:*</c> scopes.</summary>
    PrivateChannel,
    /// <summary>A direct message (<c>D…</c>): <c>im:*</c> scopes.</summary>
    Im,
    /// <summary>A group direct message: <c>mpim:*</c> scopes.</summary>
    Mpim,
}
