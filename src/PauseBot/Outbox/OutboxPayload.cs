using System.Text.Json;
using PauseBot.Features.Shared;
using PauseBot.Slack;
using PauseBot.Slack.Blocks;

namespace PauseBot.Outbox;

/// <summary>An outbox row's payload: the message (text and blocks) in Slack's own JSON.</summary>
public static class OutboxPayload
{
    private sealed record Body(string Text, IReadOnlyList<Block>? Blocks, string? ThreadTs = null);

    /// <summary>A message; with <paramref name="threadTs"/> it is posted as a reply in that thread.</summary>
    public static string Serialize(SlackMessage message, string? threadTs = null) =>
        JsonSerializer.Serialize(new Body(message.Text, message.Blocks, threadTs), SlackJson.Options);

    public static string Serialize(HomeView view) => JsonSerializer.Serialize(view, SlackJson.Options);

    public static (SlackMessage Message, string? ThreadTs) Message(string payload)
    {
        var body = JsonSerializer.Deserialize<Body>(payload, SlackJson.Options)
                   ?? throw new JsonException("Empty outbox payload.");
        return (new SlackMessage(body.Text, body.Blocks ?? []), body.ThreadTs);
    }

    public static HomeView Home(string payload) =>
        JsonSerializer.Deserialize<HomeView>(payload, SlackJson.Options) ?? throw new JsonException("Empty outbox payload.");
}
