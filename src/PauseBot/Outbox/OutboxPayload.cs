using System.Text.Json;
using PauseBot.Features.Shared;
using PauseBot.Slack;
using PauseBot.Slack.Blocks;

namespace PauseBot.Outbox;

/// <summary>An outbox row's payload: the message (text and blocks) in Slack's own JSON.</summary>
public static class OutboxPayload
{
    private sealed record Body(string Text, IReadOnlyList<Block>? Blocks);

    public static string Serialize(SlackMessage message) =>
        JsonSerializer.Serialize(new Body(message.Text, message.Blocks), SlackJson.Options);

    public static string Serialize(HomeView view) => JsonSerializer.Serialize(view, SlackJson.Options);

    public static SlackMessage Message(string payload)
    {
        var body = JsonSerializer.Deserialize<Body>(payload, SlackJson.Options)
                   ?? throw new JsonException("Empty outbox payload.");
        return new SlackMessage(body.Text, body.Blocks ?? []);
    }

    public static HomeView Home(string payload) =>
        JsonSerializer.Deserialize<HomeView>(payload, SlackJson.Options) ?? throw new JsonException("Empty outbox payload.");
}
