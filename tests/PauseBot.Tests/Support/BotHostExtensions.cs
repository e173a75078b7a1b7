using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PauseBot.Core.Pauses;
using PauseBot.Persistence;
using PauseBot.Slack.Emulator;
using PauseBot.Slack.Inbound;

namespace PauseBot.Tests.Support;

/// <summary>Scenario steps shared by the end-to-end tests.</summary>
public static class BotHostExtensions
{
    public const string Chordus = DefaultSeed.Chordus;
    public const string Lead = DefaultSeed.Lead;

    /// <summary>
    /// Runs a slash command as Slack would and returns the reply: the ack body's text, or — when the command overran Slack's
    /// 3 s and was acked "Working on it…" (a loaded machine) — the answer it posted to its response_url once its work was done.
    /// That late answer is told apart by its person and channel, so one person's concurrent commands in one channel need the ack.
    /// </summary>
    public static async Task<string> CommandAsync(this BotHost bot, string command, string text, string userId, string channelId = Chordus)
    {
        var earlier = bot.Slack.Messages.Ephemeral.Count(e => e.UserId == userId && e.Channel == channelId);
        var reply = await AckTextAsync(bot, command, text, userId, channelId);
        if (reply != bot.Services.GetRequiredService<IOptions<SlackInboundOptions>>().Value.WorkingOnItText) return reply;
        await bot.WhenInboundIdleAsync(TestContext.Current.CancellationToken);
        var late = bot.Slack.Messages.Ephemeral.Where(e => e.UserId == userId && e.Channel == channelId).Skip(earlier).ToList();
        return late.Count > 0 ? late[^1].Text ?? late[^1].Blocks?.ToJsonString() ?? "" : reply;
    }

    private static async Task<string> AckTextAsync(BotHost bot, string command, string text, string userId, string channelId)
    {
        if (bot.Socket is { } socket)
        {
            var ack = await socket.SendCommandAsync(command, text, userId, channelId);
            return ack.Payload?["text"]?.GetValue<string>() ?? ack.Payload?.ToJsonString() ?? "";
        }
        var response = await bot.Client.SendCommandAsync(command, text, userId, channelId);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        if (body.Length == 0) return "";
        var json = JsonNode.Parse(body)!.AsObject();
        return json["text"]?.GetValue<string>() ?? body;
    }

    /// <summary>An admin registers <c>chordus</c> on #chordus with Lena as its lead.</summary>
    public static async Task RegisterChordusAsync(this BotHost bot)
    {
        Assert.Contains("created", await bot.CommandAsync("/pausebot", $"project add chordus <#{Chordus}|chordus> Chordus", BotHost.Admin));
        Assert.Contains("lead", await bot.CommandAsync("/pausebot", $"lead add chordus <@{Lead}|lena>", BotHost.Admin));
    }

    /// <summary>Successful chat.postMessage calls to <paramref name="channel"/> (what Slack actually accepted).</summary>
    public static IReadOnlyList<RecordedCall> PostsTo(this BotHost bot, string channel) =>
        bot.Slack.Calls.Where("chat.postMessage").Where(c => c.Ok && c.Args["channel"]?.GetValue<string>() == channel).ToList();

    /// <summary>The pauses of <paramref name="projectKey"/> as stored, oldest first.</summary>
    public static async Task<IReadOnlyList<Pause>> PausesAsync(this BotHost bot, string projectKey = "chordus")
    {
        await using var scope = bot.Services.CreateAsyncScope();
        var pauses = await scope.ServiceProvider.GetRequiredService<PauseBotDbContext>().Pauses.AsNoTracking()
            .Where(p => p.ProjectKey == projectKey).ToListAsync(TestContext.Current.CancellationToken);
        return [.. pauses.OrderBy(p => p.CreatedAt)];
    }

    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The call's arguments as JSON with nothing escaped, so tests can look for <c>&lt;!date^</c> as sent.</summary>
    public static string Json(this RecordedCall call) => call.Args.ToJsonString(Readable);
}
