using System.Text.Json;
using PauseBot.Slack;
using PauseBot.Slack.Blocks;

namespace PauseBot.Outbox;

/// <summary>The payload of a Slack outbox row: a message (text and blocks) or a Home view, in Slack's own JSON.</summary>
public static class OutboxPayload
{
    /// <summary>A message body as stored; with <see cref="ThreadTs"/> it is posted as a reply in that thread.</summary>
    public sealed record Body(string Text, IReadOnlyList<Block>? Blocks, string? ThreadTs = null);

    public static string Serialize(string text, IReadOnlyList<Block> blocks, string? threadTs = null) =>
        JsonSerializer.Serialize(new Body(text, blocks, threadTs), SlackJson.Options);

    public static string Serialize(HomeView view) => JsonSerializer.Serialize(view, SlackJson.Options);

    public static Body Message(string payload) =>
        JsonSerializer.Deserialize<Body>(payload, SlackJson.Options) ?? throw new JsonException("Empty outbox payload.");

    public static HomeView Home(string payload) =>
        JsonSerializer.Deserialize<HomeView>(payload, SlackJson.Options) ?? throw new JsonException("Empty outbox payload.");
}
