namespace PauseBot.Slack.Blocks;

/// <summary>
/// A modal view for <c>views.open</c> / <c>views.update</c>. Build with <see cref="Blocks.Modal"/> to check limits.
/// See https://docs.slack.dev/surfaces/modals and https://docs.slack.dev/reference/views/modal-views.
/// </summary>
public sealed record ModalView
{
    public string Type => "modal";
    public required PlainText Title { get; init; }
    public required IReadOnlyList<Block> Blocks { get; init; }
    public PlainText? Submit { get; init; }
    public PlainText? Close { get; init; }
    public string? CallbackId { get; init; }
    public string? PrivateMetadata { get; init; }
    public string? ExternalId { get; init; }
    public bool? NotifyOnClose { get; init; }
    public bool? ClearOnClose { get; init; }
}

/// <summary>The App Home tab view for <c>views.publish</c>. See https://docs.slack.dev/surfaces/app-home.</summary>
public sealed record HomeView
{
    public string Type => "home";
    public required IReadOnlyList<Block> Blocks { get; init; }
    public string? CallbackId { get; init; }
    public string? PrivateMetadata { get; init; }
    public string? ExternalId { get; init; }
}
