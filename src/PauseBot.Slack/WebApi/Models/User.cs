namespace PauseBot.Slack.WebApi;

/// <summary>A workspace member (<c>users.info</c>, <c>users.lookupByEmail</c>). <see cref="TzOffset"/> is seconds from UTC. https://docs.slack.dev/reference/objects/user-object</summary>
public sealed record User : SlackModel
{
    public required string Id { get; init; }
    public string? TeamId { get; init; }
    public string? Name { get; init; }
    public string? RealName { get; init; }
    public string? Tz { get; init; }
    public int? TzOffset { get; init; }
    public bool IsBot { get; init; }
    public bool Deleted { get; init; }
    public UserProfile? Profile { get; init; }
}

/// <summary>The profile part of a user; <see cref="DisplayName"/> may be empty (fall back to <see cref="RealName"/>).</summary>
public sealed record UserProfile : SlackModel
{
    public string? DisplayName { get; init; }
    public string? RealName { get; init; }

    /// <summary>The member's email address; present only for tokens with <c>users:read.email</c>.</summary>
    public string? Email { get; init; }
}

internal sealed record UserResponse : SlackApiResponse
{
    public User? User { get; init; }
}
