namespace PauseBot.Slack.Inbound;

/// <summary>The user who interacted (<c>user</c> in interaction payloads).</summary>
public sealed record InteractionUser : SlackModel
{
    public required string Id { get; init; }
    public string? Username { get; init; }
    public string? Name { get; init; }
    public string? TeamId { get; init; }
}

/// <summary>The workspace (<c>team</c>) of an interaction.</summary>
public sealed record InteractionTeam : SlackModel
{
    public required string Id { get; init; }
    public string? Domain { get; init; }
    public string? EnterpriseId { get; init; }
    public string? EnterpriseName { get; init; }
}

/// <summary>The channel of a message interaction.</summary>
public sealed record InteractionChannel : SlackModel
{
    public required string Id { get; init; }
    public string? Name { get; init; }
}

/// <summary>Where the interaction happened: <c>type</c> "message", "view" or "message_attachment".</summary>
public sealed record InteractionContainer : SlackModel
{
    public string? Type { get; init; }
    public string? MessageTs { get; init; }
    public string? ChannelId { get; init; }
    public bool? IsEphemeral { get; init; }
    public string? ViewId { get; init; }
}
