namespace PauseBot.Slack.Emulator;

/// <summary>Thrown by method handlers to answer <c>{"ok":false,"error":…}</c> (HTTP 200).</summary>
internal sealed class SlackApiError(string error, params string[] messages) : Exception(error)
{
    public string Error { get; } = error;
    public IReadOnlyList<string> Messages { get; } = messages;
}
