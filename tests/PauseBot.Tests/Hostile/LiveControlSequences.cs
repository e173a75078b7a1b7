using System.Text.Json.Nodes;

namespace PauseBot.Tests.Hostile;

/// <summary>
/// Slack control sequences that, if they came from user text, would ping everyone or disguise a link. Only text Slack
/// renders as mrkdwn counts: <c>plain_text</c> objects and input values are shown literally, so they are skipped.
/// </summary>
public static class LiveControlSequences
{
    private static readonly string[] Live = ["<!channel", "<!here", "<!everyone", "<!subteam", "<https://evil.example"];
    private static readonly HashSet<string> Literal =
        ["initial_value", "value", "private_metadata", "placeholder", "action_id", "block_id", "callback_id", "trigger_id", "response_url"];

    /// <summary>Checks a JSON document sent to Slack (a Web API call's arguments or an ack body).</summary>
    public static void AssertNone(string json)
    {
        if (json.Length == 0) return;
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json);
        }
        catch (System.Text.Json.JsonException)
        {
            AssertNoneIn(json);
            return;
        }
        Walk(node);
    }

    private static void Walk(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o when o["type"]?.GetValueKind() == System.Text.Json.JsonValueKind.String && (string?)o["type"] == "plain_text":
                return;
            case JsonObject o:
                foreach (var (key, value) in o)
                    if (!Literal.Contains(key)) Walk(value);
                return;
            case JsonArray a:
                foreach (var item in a) Walk(item);
                return;
            case JsonValue v when v.TryGetValue<string>(out var s):
                AssertNoneIn(s);
                return;
        }
    }

    private static void AssertNoneIn(string text)
    {
        foreach (var sequence in Live)
            Assert.False(text.Contains(sequence, StringComparison.OrdinalIgnoreCase), $"live {sequence} in: {text[..Math.Min(600, text.Length)]}");
    }
}
