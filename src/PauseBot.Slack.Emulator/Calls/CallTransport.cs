namespace PauseBot.Slack.Emulator;

/// <summary>How a Web API call carried its arguments.</summary>
public enum CallTransport
{
    /// <summary>No arguments at all (an empty POST).</summary>
    None,
    /// <summary>Query string only (a GET, or a POST with only query arguments).</summary>
    Query,
    /// <summary><c>application/x-www-form-urlencoded</c> body.</summary>
    Form,
    /// <summary><c>application/json</c> body.</summary>
    Json,
}
