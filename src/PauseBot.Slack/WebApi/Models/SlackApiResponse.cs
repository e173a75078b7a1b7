namespace PauseBot.Slack.WebApi;

/// <summary>Fields every Web API response has: <c>ok</c>, <c>error</c>, <c>warning</c>, <c>response_metadata</c>. https://docs.slack.dev/apis/web-api/#responses</summary>
public record SlackApiResponse : SlackModel
{
    public bool Ok { get; init; }
    public string? Error { get; init; }
    public string? Warning { get; init; }
    public ResponseMetadata? ResponseMetadata { get; init; }
}

/// <summary>Pagination cursor and error/warning details.</summary>
public sealed record ResponseMetadata : SlackModel
{
    /// <summary>Empty or absent on the last page.</summary>
    public string? NextCursor { get; init; }
    public IReadOnlyList<string>? Messages { get; init; }
    public IReadOnlyList<string>? Warnings { get; init; }
}
