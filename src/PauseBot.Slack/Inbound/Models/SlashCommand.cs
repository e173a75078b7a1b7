using System.Text.Json.Serialization;

namespace PauseBot.Slack.Inbound;

/// <summary>
/// A slash command invocation (form fields of the POST). <see cref="Text"/> is everything after the command, mrkdwn-escaped
/// when the command has "escape channels, users and links" on. <see cref="Fields"/> holds every raw form field.
/// https://docs.slack.dev/interactivity/implementing-slash-commands#app_command_handling
/// </summary>
public sealed record SlashCommand
{
    public required string TeamId { get; init; }
    public string? TeamDomain { get; init; }
    public string? EnterpriseId { get; init; }
    public string? EnterpriseName { get; init; }
    public required string ChannelId { get; init; }
    public string? ChannelName { get; init; }
    public required string UserId { get; init; }
    public string? UserName { get; init; }
    public required string Command { get; init; }
    public string Text { get; init; } = "";
    public required string ResponseUrl { get; init; }
    public required string TriggerId { get; init; }
    public string? ApiAppId { get; init; }
    public bool IsEnterpriseInstall { get; init; }

    [JsonIgnore]
    public IReadOnlyDictionary<string, string> Fields { get; init; } = new Dictionary<string, string>();

    /// <summary>Builds a command from form fields (HTTP) or the same fields as JSON (Socket Mode).</summary>
    /// <exception cref="SlackPayloadException">A required field is missing.</exception>
    public static SlashCommand FromFields(IReadOnlyDictionary<string, string> fields) => new()
    {
        TeamId = Required(fields, "team_id"),
        TeamDomain = fields.GetValueOrDefault("team_domain"),
        EnterpriseId = NullIfEmpty(fields.GetValueOrDefault("enterprise_id")),
        EnterpriseName = NullIfEmpty(fields.GetValueOrDefault("enterprise_name")),
        ChannelId = Required(fields, "channel_id"),
        ChannelName = fields.GetValueOrDefault("channel_name"),
        UserId = Required(fields, "user_id"),
        UserName = fields.GetValueOrDefault("user_name"),
        Command = Required(fields, "command"),
        Text = fields.GetValueOrDefault("text") ?? "",
        ResponseUrl = Required(fields, "response_url"),
        TriggerId = Required(fields, "trigger_id"),
        ApiAppId = fields.GetValueOrDefault("api_app_id"),
        IsEnterpriseInstall = string.Equals(fields.GetValueOrDefault("is_enterprise_install"), "true", StringComparison.OrdinalIgnoreCase),
        Fields = fields,
    };

    private static string Required(IReadOnlyDictionary<string, string> fields, string name) =>
        fields.TryGetValue(name, out var value) && !string.IsNullOrEmpty(value)
            ? value
            : throw new SlackPayloadException($"missing field {name}");

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
