namespace PauseBot.Slack.Emulator;

/// <summary>
/// The error codes Slack documents for every Web API method ("Common errors" on each method page of docs.slack.dev, and
/// ../shared/slack/PROTOCOL.md §5.1), which the per-method references do not repeat. <c>ratelimited</c> is the HTTP 429
/// answer (§5.2); <c>unknown_method</c>, <c>invalid_json</c> and <c>json_not_object</c> are answered before any method runs.
/// </summary>
public static class SlackCommonErrors
{
    private static readonly HashSet<string> Codes = new(StringComparer.Ordinal)
    {
        "access_denied", "accesslimited", "account_inactive", "deprecated_endpoint", "ekm_access_denied", "enterprise_is_restricted",
        "fatal_error", "internal_error", "invalid_arg_name", "invalid_arguments", "invalid_array_arg", "invalid_auth",
        "invalid_charset", "invalid_form_data", "invalid_post_type", "missing_post_type", "missing_scope", "no_permission",
        "not_allowed_token_type", "not_authed", "org_login_required", "ratelimited", "request_timeout", "service_unavailable",
        "team_access_not_granted", "team_added_to_org", "token_expired", "token_revoked", "two_factor_setup_required",
        "method_deprecated", "unknown_method", "invalid_json", "json_not_object",
    };

    /// <summary>All common codes.</summary>
    public static IReadOnlySet<string> All => Codes;

    /// <summary>True when <paramref name="error"/> is a common error code.</summary>
    public static bool Contains(string error) => Codes.Contains(error);
}
