using System.Net;
using System.Text.Json.Nodes;
using PauseBot.Slack.Emulator;
using PauseBot.Testing;

namespace PauseBot.Tests.Support;

/// <summary>Slash commands to a bot process that may be cold: its answer comes in the ack, or later on the response_url.</summary>
public static class SlowCommands
{
    /// <summary>
    /// Runs a command and checks its reply contains <paramref name="expect"/>. A cold process may overrun Slack's 3 s ack
    /// ("Working on it…"); the reply then arrives on the response_url, found by <paramref name="marker"/>.
    /// </summary>
    public static async Task RunAsync(SlackTestClient client, SlackEmulator slack, string command, string text, string user,
        string expect, string marker, CancellationToken ct)
    {
        using var response = await client.SendCommandAsync(command, text, user, DefaultSeed.General, ct: ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(ct);
        var reply = body.Length == 0 ? "" : JsonNode.Parse(body)?["text"]?.GetValue<string>() ?? body;
        if (reply.StartsWith("Working on it", StringComparison.Ordinal))
            reply = (await slack.Calls.WaitForAsync(CallLog.ResponseUrlMethod,
                c => c.Text is { } t && t.Contains(marker, StringComparison.Ordinal) && t.Contains(expect, StringComparison.Ordinal),
                TimeSpan.FromSeconds(30), ct)).Text!;
        Assert.Contains(expect, reply);
    }
}
