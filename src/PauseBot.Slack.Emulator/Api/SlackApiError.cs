using System.Text.Json.Nodes;

namespace PauseBot.Slack.Emulator;

/// <summary>Thrown by method handlers to answer <c>{"ok":false,"error":…}</c> (HTTP 200).</summary>
internal sealed class SlackApiError(string error, params string[] messages) : Exception(error)
{
    public string Error { get; } = error;
    public IReadOnlyList<string> Messages { get; } = messages;

    /// <summary>Extra top-level fields of the error body (e.g. <c>needed</c> and <c>provided</c> of <c>missing_scope</c>).</summary>
    public JsonObject? Fields { get; init; }
}
