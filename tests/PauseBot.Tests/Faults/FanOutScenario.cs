using System.Net;
using PauseBot.Slack.Emulator;
using PauseBot.Testing;
using PauseBot.Tests.Support;

namespace PauseBot.Tests.Faults;

/// <summary>
/// A project <c>fanout</c> on <c>channels</c> new channels with <c>subscribers</c> people clicking "Notify me" on its
/// pause, set up through signed requests (rate limits off while seeding). Resuming it sends channels + subscribers messages.
/// </summary>
public sealed class FanOutScenario(SlackEmulator slack, SlackTestClient client, int channels, int subscribers)
{
    private const string CallLogResponseUrl = "response_url";

    public IReadOnlyList<string> ChannelIds { get; } = Enumerable.Range(0, channels).Select(i => $"C0F{i:D4}").ToList();
    public IReadOnlyList<string> UserIds { get; } = Enumerable.Range(0, subscribers).Select(i => $"U0S{i:D5}").ToList();
    public IEnumerable<string> Targets => ChannelIds.Concat(UserIds);

    public async Task SeedAsync(CancellationToken ct)
    {
        var limits = slack.Limits.Enabled;
        slack.Limits.Enabled = false;
        foreach (var u in UserIds) slack.Workspace.AddUser(u, u.ToLowerInvariant());
        foreach (var c in ChannelIds) slack.Workspace.AddChannel(c, c.ToLowerInvariant(), false, DefaultSeed.Lead, slack.Workspace.BotUserId);
        await CommandAsync("/pausebot", $"project add fanout <#{ChannelIds[0]}|x> Fan-out", BotHost.Admin, ct);
        foreach (var c in ChannelIds.Skip(1)) await CommandAsync("/pausebot", $"project channel add fanout <#{c}|x>", BotHost.Admin, ct);
        await CommandAsync("/pausebot", $"lead add fanout <@{DefaultSeed.Lead}|lena>", BotHost.Admin, ct);
        await CommandAsync("/pause", "fanout Scope review", DefaultSeed.Lead, ct);
        await slack.Calls.WaitForCountAsync("chat.postMessage", channels, c => c.Ok, TimeSpan.FromSeconds(30), ct);
        var announcement = slack.Messages.In(ChannelIds[0]).Single();
        var pauseId = announcement.Blocks!.ToJsonString().Split("\"value\":\"")[1].Split('"')[0];
        await Parallel.ForEachAsync(UserIds, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = ct }, async (user, token) =>
        {
            var click = SlackTestClient.BlockActionPayload(user, "pause_notify", pauseId, ChannelIds[0], announcement.Ts,
                slack.CreateResponseUrl(ChannelIds[0], user), null);
            using var response = await client.SendInteractionAsync(click, token);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        });
        // Each click is answered on its response_url once the inbox worker handled it (stored at the ack, handled after it,
        // a few at a time: on a shared 2-core machine 480 clicks take tens of seconds).
        if (subscribers > 0) await slack.Calls.WaitForCountAsync(CallLogResponseUrl, subscribers, c => c.Ok, TimeSpan.FromSeconds(120), ct);
        slack.Calls.Clear();
        slack.Limits.Reset();
        slack.Limits.Enabled = limits;
    }

    public Task ResumeAsync(CancellationToken ct) => CommandAsync("/resume", "fanout Back to work", DefaultSeed.Lead, ct);

    /// <summary>Successful resume posts per target (announcements to channels, DMs to subscribers).</summary>
    public Dictionary<string, int> Delivered() => slack.Calls.Where("chat.postMessage").Where(c => c.Ok)
        .GroupBy(c => c.Channel!).ToDictionary(g => g.Key, g => g.Count());

    public Task WaitAllDeliveredAsync(TimeSpan timeout, CancellationToken ct) =>
        slack.Calls.WaitForCountAsync("chat.postMessage", channels + subscribers, c => c.Ok, timeout, ct);

    private async Task CommandAsync(string command, string text, string user, CancellationToken ct)
    {
        using var response = await client.SendCommandAsync(command, text, user, ChannelIds[0], ct: ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
