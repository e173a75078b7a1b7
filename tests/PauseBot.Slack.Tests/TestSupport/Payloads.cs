using System.Text;
using System.Text.Json;

namespace PauseBot.Slack.Tests.TestSupport;

/// <summary>The real Slack samples copied to the test output (tests/PauseBot.Testing/Payloads).</summary>
internal static class Payloads
{
    public static string Text(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Payloads", name));

    public static byte[] Bytes(string name) => Encoding.UTF8.GetBytes(Text(name));

    public static JsonElement Json(string name) => JsonDocument.Parse(Text(name)).RootElement.Clone();

    public static IEnumerable<string> Names(string prefix) =>
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Payloads"), prefix + "*").Select(Path.GetFileName).OfType<string>();

    /// <summary>A payload with some fields replaced (top-level or inside <c>event</c>).</summary>
    public static byte[] EventWith(string name, string? eventId = null, Action<System.Text.Json.Nodes.JsonObject>? editEvent = null)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(Text(name))!.AsObject();
        if (eventId is not null) node["event_id"] = eventId;
        editEvent?.Invoke(node["event"]!.AsObject());
        return Encoding.UTF8.GetBytes(node.ToJsonString());
    }
}
