using System.Text.Json;
using System.Text.Json.Serialization;

namespace PauseBot.Slack;

/// <summary>
/// Base of every model read from Slack: fields this layer does not model are kept in <see cref="ExtensionData"/>
/// and written back unchanged, so a round trip loses nothing (Slack adds fields without notice).
/// </summary>
public abstract record SlackModel
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; init; }
}
