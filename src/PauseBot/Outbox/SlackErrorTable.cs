using System.Collections.Frozen;
using PauseBot.Slack.WebApi;

namespace PauseBot.Outbox;

/// <summary>
/// Every error code Slack documents for the methods the outbox calls, each with its <see cref="SlackErrorClass"/>: the one place
/// that decides whether a failed row ends or is retried. Per method: the codes of its reference page
/// (https://docs.slack.dev/reference/methods, embedded in the emulator); then the common errors every method can answer.
/// A conformance test (<c>SlackErrorTableTests</c>) fails when a code here is not documented for its method, or a documented
/// code of a called method is missing. For the history lookups (<see cref="PostedMessageFinder"/>) a definite or app-wide
/// refusal means "the history can't be read: post again".
/// </summary>
public static class SlackErrorTable
{
    /// <summary>The per-method codes, by method.</summary>
    public static readonly FrozenDictionary<string, FrozenDictionary<string, SlackErrorClass>> Methods =
        new Dictionary<string, FrozenDictionary<string, SlackErrorClass>>
        {
            ["chat.postMessage"] = Group(
                definite:
                [
                    "app_access_restricted", "as_user_not_supported", "attachment_payload_limit_exceeded", "cannot_reply_to_message",
                    "channel_not_found", "draft_already_deleted", "draft_already_sent", "draft_has_conflict", "draft_not_found",
                    "duplicate_channel_not_found", "duplicate_message_not_found", "invalid_blocks", "invalid_blocks_format",
                    "invalid_metadata_format", "invalid_metadata_schema", "is_archived", "markdown_text_conflict", "messages_tab_disabled",
                    "metadata_must_be_sent_from_app", "metadata_too_large", "missing_file_data", "msg_blocks_too_long", "no_text",
                    "not_in_channel", "restricted_action", "restricted_action_non_threadable_channel", "restricted_action_read_only_channel",
                    "restricted_action_thread_locked", "restricted_action_thread_only_channel", "send_on_behalf_not_allowed",
                    "slack_connect_canvas_sharing_blocked", "slack_connect_file_link_sharing_blocked", "slack_connect_lists_sharing_blocked",
                    "team_not_found", "too_many_attachments", "too_many_contact_cards",
                ],
                // rate_limited: a burst to one channel (HTTP 200); message_limit_exceeded: a free plan's usage limit, which resets.
                transient: ["message_limit_exceeded", "rate_limited"]),
            ["chat.update"] = Group(
                definite:
                [
                    "as_user_not_supported", "block_mismatch", "blocked_file_type", "cant_broadcast_message", "cant_update_message",
                    "channel_not_found", "edit_window_closed", "file_deleted", "file_is_deleted", "file_not_found", "file_share_limit_reached",
                    "invalid_attachments", "invalid_blocks", "invalid_blocks_format", "invalid_metadata_format", "invalid_metadata_schema",
                    "is_inactive", "markdown_text_conflict", "max_file_sharing_exceeded", "message_not_found", "metadata_must_be_sent_from_app",
                    "metadata_too_large", "msg_too_long", "no_dual_broadcast_content_update", "no_text", "posting_to_channel_denied",
                    "slack_connect_blocked_file_type", "slack_connect_canvas_sharing_blocked", "slack_connect_clip_sharing_blocked",
                    "slack_connect_file_link_sharing_blocked", "slack_connect_file_upload_sharing_blocked", "team_not_found",
                    "too_many_attachments", "unable_to_share_files",
                ],
                // An edit is safe to repeat, so Slack's "internal update failure" is retried like the others.
                transient: ["external_channel_migrating", "message_limit_exceeded", "streaming_state_conflict", "update_failed"]),
            ["views.publish"] = Group(
                definite: ["duplicate_external_id", "hash_conflict", "missing_profile_id", "not_enabled", "not_implemented", "view_too_large"]),
            ["conversations.open"] = Group(
                definite:
                [
                    "channel_not_found", "invalid_user_combination", "method_not_supported_for_channel_type", "not_enough_users",
                    "too_many_users", "user_disabled", "user_not_found", "user_not_visible", "users_list_not_supplied",
                ]),
            ["conversations.history"] = Group(
                definite:
                [
                    "channel_is_limited_access", "channel_not_found", "invalid_cursor", "invalid_metadata_filter_keys", "invalid_ts_latest",
                    "invalid_ts_oldest", "not_in_channel",
                ]),
            ["conversations.replies"] = Group(
                definite:
                [
                    "channel_not_found", "invalid_cursor", "invalid_metadata_filter_keys", "invalid_ts_latest", "invalid_ts_oldest",
                    "method_not_supported_for_channel_type", "thread_not_found",
                ],
                transient: ["list_record_comment_fetch_failed"]),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Slack's common errors, which any method may answer (a per-method entry wins).</summary>
    public static readonly FrozenDictionary<string, SlackErrorClass> Common = Group(
        // The request itself is malformed, or the resource it names is closed to the app: the same row fails again.
        definite:
        [
            "access_denied", "ekm_access_denied", "invalid_arg_name", "invalid_arguments", "invalid_array_arg", "invalid_charset",
            "invalid_form_data", "invalid_json", "invalid_post_type", "json_not_object", "missing_post_type",
        ],
        transient: ["ratelimited", "request_timeout", "service_unavailable", "team_added_to_org"],
        appWide:
        [
            "accesslimited", "account_inactive", "deprecated_endpoint", "enterprise_is_restricted", "invalid_auth", "method_deprecated",
            "missing_scope", "no_permission", "not_allowed_token_type", "not_authed", "org_login_required", "team_access_not_granted",
            "token_expired", "token_revoked", "two_factor_setup_required", "unknown_method",
        ],
        mayHaveTakenEffect: ["fatal_error", "internal_error"]);

    /// <summary>The class of <paramref name="error"/> answered by <paramref name="method"/>, or null when Slack documents no such code.</summary>
    public static SlackErrorClass? Of(string method, string error) =>
        Methods.TryGetValue(method, out var own) && own.TryGetValue(error, out var c) ? c
        : Common.TryGetValue(error, out var common) ? common
        : null;

    /// <summary>
    /// The class of a failed call: <see cref="SlackErrorClass.MayHaveTakenEffect"/> when no answer or a 5xx came back
    /// (<see cref="SlackApiException.MayHaveTakenEffect"/>), else the table's; a code Slack does not document (<c>http_429</c>, an
    /// HTTP error without a body, a new code) is retried by default.
    /// </summary>
    public static SlackErrorClass Of(SlackApiException failure) =>
        failure.MayHaveTakenEffect ? SlackErrorClass.MayHaveTakenEffect : Of(failure.Method, failure.Error) ?? SlackErrorClass.Transient;

    /// <summary>
    /// Whether <paramref name="failure"/> is an answer Slack documents for no method we call (a new code, an HTTP status
    /// without a body other than 429): retried like a transient error, but only a bounded number of times
    /// (<see cref="OutboxOptions.MaxAttemptsOnUndocumentedError"/>). Rate limits and failures that may have taken effect are not.
    /// </summary>
    public static bool IsUndocumented(SlackApiException failure) =>
        !failure.MayHaveTakenEffect && failure.Error is not ("http_429" or "ratelimited" or "rate_limited") && Of(failure.Method, failure.Error) is null;

    private static FrozenDictionary<string, SlackErrorClass> Group(string[] definite, string[]? transient = null, string[]? appWide = null,
        string[]? mayHaveTakenEffect = null) =>
        definite.Select(c => KeyValuePair.Create(c, SlackErrorClass.Definite))
            .Concat((transient ?? []).Select(c => KeyValuePair.Create(c, SlackErrorClass.Transient)))
            .Concat((appWide ?? []).Select(c => KeyValuePair.Create(c, SlackErrorClass.AppWide)))
            .Concat((mayHaveTakenEffect ?? []).Select(c => KeyValuePair.Create(c, SlackErrorClass.MayHaveTakenEffect)))
            .ToDictionary(StringComparer.Ordinal).ToFrozenDictionary(StringComparer.Ordinal); // ToDictionary throws on a code listed twice
}
