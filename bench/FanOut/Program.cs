using System.Diagnostics;
using System.Globalization;
using PauseBot.Bench;
using PauseBot.Slack.Emulator;
using PauseBot.Testing;

// Benchmark 2: resume a project with C channels and S notify-me subscribers against the emulator enforcing Slack's
// limits; measure the time until the last message is delivered against the least time the limits allow, 429s, lost
// and duplicated messages. Usage: FanOut [--channels 100] [--subscribers 2000] [--scale 1.0]
var channels = 100; var subscribers = 2000; var scale = 1.0;
for (var i = 0; i + 1 < args.Length; i += 2)
{
    switch (args[i])
    {
        case "--channels": channels = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
        case "--subscribers": subscribers = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
        case "--scale": scale = double.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
        default: Console.Error.WriteLine("usage: FanOut [--channels 100] [--subscribers 2000] [--scale 1.0]"); return 2;
    }
}

var time = TimeProvider.System;
await using var slack = await SlackEmulator.StartAsync(new SlackEmulatorOptions { RateLimitScale = scale });
var ws = slack.Workspace;
var channelIds = Enumerable.Range(0, channels).Select(i => $"C0FAN{i:D4}").ToList();
var userIds = Enumerable.Range(0, subscribers).Select(i => $"U0SUB{i:D5}").ToList();
foreach (var u in userIds) ws.AddUser(u, u.ToLowerInvariant());
foreach (var c in channelIds) ws.AddChannel(c, c.ToLowerInvariant(), false, DefaultSeed.Lead, ws.BotUserId);

// Seeding (99 channel registrations, each checking members) runs without limits; the resume below runs with them.
slack.Limits.Enabled = false;
await using var bot = await InProcessBot.StartAsync(slack);
const string Admin = InProcessBot.Admin;
await bot.CommandAsync("/pausebot", $"project add fanout <#{channelIds[0]}|x> Fan-out", Admin);
foreach (var c in channelIds.Skip(1)) await bot.CommandAsync("/pausebot", $"project channel add fanout <#{c}|x>", Admin);
await bot.CommandAsync("/pausebot", $"lead add fanout <@{DefaultSeed.Lead}|lena>", Admin);
await bot.CommandAsync("/pause", "fanout The client is reassessing the scope", DefaultSeed.Lead, channelIds[0]);
var announced = await slack.Calls.WaitForCountAsync("chat.postMessage", channels, c => c.Ok, TimeSpan.FromMinutes(5));
var pauseMessage = slack.Messages.In(channelIds[0]).Single();
var pauseId = pauseMessage.Blocks!.ToJsonString().Split("\"value\":\"")[1].Split('"')[0];
Console.WriteLine($"seeded {channels} channels; pause {pauseId} announced; subscribing {subscribers} people via signed Notify-me clicks…");

var clicks = Stopwatch.StartNew();
await Parallel.ForEachAsync(userIds, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (user, ct) =>
{
    var payload = SlackTestClient.BlockActionPayload(user, "pause_notify", pauseId, channelIds[0], pauseMessage.Ts, slack.CreateResponseUrl(channelIds[0], user), null);
    using var response = await bot.Client.SendInteractionAsync(payload, ct);
    if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"notify-me click: HTTP {(int)response.StatusCode}");
});
Console.WriteLine($"{subscribers} clicks in {clicks.Elapsed.TotalSeconds:F1} s");

// Start from an empty rate-limit minute (the pause announcements used part of it), as a real resume would days later.
var quiet = announced.Max(c => c.At) + TimeSpan.FromSeconds(61) - time.GetUtcNow();
if (quiet > TimeSpan.Zero) await Task.Delay(quiet);

slack.Limits.Reset();
slack.Limits.Enabled = true;
var start = time.GetUtcNow();
var expected = channels + subscribers;
await bot.CommandAsync("/resume", "fanout Back to work", DefaultSeed.Lead, channelIds[0]);
var leastTime = LeastTime(expected, slack.Limits.PerMinuteLimit("chat.postMessage"));
await slack.Calls.WaitForCountAsync("chat.postMessage", expected, c => c.Ok && c.At >= start,
    leastTime * 3 + TimeSpan.FromMinutes(2));
await Task.Delay(TimeSpan.FromSeconds(5)); // late duplicates would land here

var calls = slack.Calls.All.Where(c => c.At >= start).ToList();
var posts = calls.Where(c => c.Method == "chat.postMessage" && c.Ok).ToList();
var perTarget = posts.GroupBy(c => c.Channel!).ToDictionary(g => g.Key, g => g.Count());
var lost = channelIds.Concat(userIds).Count(t => !perTarget.ContainsKey(t));
var duplicated = perTarget.Values.Sum(n => n - 1);
var limited = calls.Count(c => c.HttpStatus == 429);
var took = posts.Max(c => c.At) - start;
var ratio = took / leastTime;
var report = $"""
    ### Fan-out: resume to {channels} channels + {subscribers} notify-me DMs (emulator limits x{scale.ToString(CultureInfo.InvariantCulture)})

    | messages | last delivered after | least time the limits allow | ratio | calls | 429s | lost | duplicated |
    |---:|---:|---:|---:|---:|---:|---:|---:|
    | {expected} | {took.TotalSeconds:F1} s | {leastTime.TotalSeconds:F0} s | {ratio:F3} | {calls.Count} | {limited} ({100.0 * limited / Math.Max(1, calls.Count):F2}%) | {lost} | {duplicated} |

    - least time: chat.postMessage is capped at {slack.Limits.PerMinuteLimit("chat.postMessage")} per sliding minute per workspace and
      ~1/s per channel (burst {slack.Limits.PostMessageBurstPerChannel}); one message per target, so the cap decides:
      the first {slack.Limits.PerMinuteLimit("chat.postMessage")} at once, the rest a minute later each.
    - targets: ratio <= 1.15 ({(ratio <= 1.15 ? "met" : "MISSED")}), 429s <= 1% ({(limited <= 0.01 * calls.Count ? "met" : "MISSED")}), lost 0 ({(lost == 0 ? "met" : "MISSED")}), duplicated 0 ({(duplicated == 0 ? "met" : "MISSED")})
    """;
Console.WriteLine(report);
var results = Path.Combine(AppContext.BaseDirectory, "../../../../results/fanout.md");
await File.WriteAllTextAsync(Path.GetFullPath(results), report + "\n");
return lost == 0 ? 0 : 1;

// N messages to distinct targets under a cap of `perMinute` per sliding minute, starting from an empty window.
static TimeSpan LeastTime(int messages, int perMinute) => TimeSpan.FromMinutes((messages - 1) / perMinute);
