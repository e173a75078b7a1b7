using System.Globalization;
using System.Text.Json.Nodes;
using PauseBot.Slack.Blocks;
using PauseBot.Slack.Emulator;

namespace PauseBot.Tests.Features.Shared;

/// <summary>Texts of an exact length as Slack counts it, for the text-limit tests, and what to look for in the answers.</summary>
public static class TypedText
{
    // Escaped, "R&D <scope> " is 22 characters: the & and the angle brackets count as 5, 4 and 4.
    private const string Start = "R&D <scope> ";

    /// <summary>A text of exactly <paramref name="length"/> characters as sent (escaped), ending in <paramref name="fill"/>s.</summary>
    public static string OfLength(int length, char fill = 'x')
    {
        var text = Start + new string(fill, length - Mrkdwn.Escape(Start).Length);
        Assert.Equal(length, Mrkdwn.Escape(text).Length);
        return text;
    }

    /// <summary>A slash command's text as Slack sends it: <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> escaped.</summary>
    public static string AsCommand(string text) => Mrkdwn.Escape(text);

    /// <summary>The refusal must name the field, its length and its limit.</summary>
    public static void AssertRefused(string reply, string field, int limit)
    {
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"{field} is too long: {limit + 1:N0} characters, and the limit is {limit:N0}"),
            reply, StringComparison.Ordinal);
    }

    /// <summary>The <c>view_submission</c> answer shows <paramref name="field"/>'s limit under <paramref name="block"/>.</summary>
    public static async Task AssertFieldErrorAsync(HttpResponseMessage response, string block, string field, int limit)
    {
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var json = JsonNode.Parse(body)!;
        Assert.Equal("errors", json["response_action"]!.GetValue<string>());
        AssertRefused(json["errors"]![block]!.GetValue<string>(), field, limit);
    }

    /// <summary>Slack refused none of the bot's messages (every chat.* call the emulator saw was ok).</summary>
    public static void AssertSlackAcceptedEverything(SlackEmulator slack) =>
        Assert.DoesNotContain(slack.Calls.All, c => c.Method.StartsWith("chat.", StringComparison.Ordinal) && !c.Ok);

    /// <summary>A modal input's <c>max_length</c> as the bot sent it in <c>views.open</c>.</summary>
    public static int? MaxLength(RecordedCall viewsOpen, string blockId) =>
        viewsOpen.Args["view"]!["blocks"]!.AsArray().Single(b => b!["block_id"]?.GetValue<string>() == blockId)!["element"]!["max_length"]
            ?.GetValue<int>();
}
