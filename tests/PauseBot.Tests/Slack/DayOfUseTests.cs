using System.Text;
using System.Text.Json.Nodes;
using PauseBot.Slack.Emulator;
using PauseBot.Testing;
using PauseBot.Tests.Support;
using static PauseBot.Tests.Support.BotHostExtensions;

namespace PauseBot.Tests.Slack;

/// <summary>
/// Issue 14's "done when": one ordinary day of use — pause (through the form), questions by DM and by mention, a question
/// only a lead can answer, App Home, an opening and interest in it, notify-me, acknowledge, an update and its correction,
/// resume — against an emulated Slack that grants only the manifest's scopes and judges every call by Slack's method
/// references. Not one call may meet <c>missing_scope</c>, carry an undocumented argument, send JSON to a form-only method,
/// or miss a required argument; every call succeeds. Over HTTP and over Socket Mode (each with its own manifest).
/// </summary>
public class DayOfUseTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("http")]
    [InlineData("socket")]
    public async Task OrdinaryDay_AgainstManifestScopesAndMethodReferences_NoCallStrays(string transport)
    {
        await using var bot = transport == "socket" ? await BotHost.StartSocketModeAsync() : await BotHost.StartAsync();
        var slack = bot.Slack;
        var manifest = transport == "socket" ? SlackAppManifest.SocketMode : SlackAppManifest.Http;
        Assert.Equal(manifest.BotScopes.Order(), slack.Workspace.BotScopes!.Order());
        await bot.RegisterChordusAsync();
        Assert.Contains("posted", await bot.CommandAsync("/pausebot", "openings add Data labelling for Atlas --for chordus --slots 2", Lead));

        // Morning: the lead pauses through the form.
        Assert.Equal("", await bot.CommandAsync("/pause", "chordus", Lead));
        await slack.Calls.WaitForAsync("views.open", c => c.Ok, Wait, Ct);
        await InteractAsync(bot, SlackTestClient.ViewSubmissionPayload(Lead, "pause_modal", null, new Dictionary<string, Dictionary<string, string>>
        {
            ["project"] = new() { ["value"] = "chordus" }, ["reason"] = new() { ["value"] = "The client is reassessing scope" },
        }));
        var announcement = await slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.Channel == Chordus && c.Json().Contains("reassessing"), Wait, Ct);
        var pauseId = ButtonValue(announcement, "pause_notify");

        // Contractors ask, by DM and by mention; one question only a lead can answer.
        var aliceDm = slack.Workspace.OpenDm(DefaultSeed.Alice)!.Id;
        await EventAsync(bot, Events.Message(DefaultSeed.Alice, aliceDm, "can I log hours today?"));
        await slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.Channel == aliceDm && c.Json().Contains("not billable"), Wait, Ct);
        await EventAsync(bot, Events.AppMention(DefaultSeed.Bob, Chordus, "<@U0BOT> when do we resume?"));
        await slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.Channel == Chordus && c.Arg("thread_ts") is not null, Wait, Ct);
        var carolDm = slack.Workspace.OpenDm(DefaultSeed.Carol)!.Id;
        await EventAsync(bot, Events.Message(DefaultSeed.Carol, carolDm, "is the vpn certificate rotated yet"));
        var toLead = await slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.Channel == Lead && c.Json().Contains("vpn"), Wait, Ct);
        var questionId = ButtonValue(toLead, "question_answer");
        await InteractAsync(bot, SlackTestClient.BlockActionPayload(Lead, "question_answer", questionId, toLead.ResponseChannel, toLead.ResponseTs, null, null));
        await slack.Calls.WaitForAsync("views.open", c => c.Ok && c.Json().Contains("question_answer_modal"), Wait, Ct);
        await InteractAsync(bot, SlackTestClient.ViewSubmissionPayload(Lead, "question_answer_modal", questionId,
            new Dictionary<string, Dictionary<string, string>> { ["answer"] = new() { ["value"] = "Yes, rotated on Monday." } }));
        await slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.Channel == carolDm && c.Json().Contains("rotated on Monday"), Wait, Ct);

        // App Home; interest in the opening, and the lead looks at who is interested (with their time zones).
        await EventAsync(bot, Events.AppHomeOpened(DefaultSeed.Alice));
        await slack.Calls.WaitForAsync("views.publish", c => c.Ok && c.Arg("user_id") == DefaultSeed.Alice, Wait, Ct);
        await InteractAsync(bot, SlackTestClient.BlockActionPayload(DefaultSeed.Alice, "opening_interest", "1", Chordus, announcement.ResponseTs,
            slack.CreateResponseUrl(Chordus, DefaultSeed.Alice), null));
        await slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.Channel == Lead && c.Json().Contains("is interested"), Wait, Ct);
        Assert.Contains("Europe/Berlin", await bot.CommandAsync("/pausebot", "openings interest 1", Lead));

        // Notify-me and acknowledge on the announcement; an update and its correction.
        await InteractAsync(bot, SlackTestClient.BlockActionPayload(DefaultSeed.Bob, "pause_notify", pauseId, Chordus, announcement.ResponseTs,
            slack.CreateResponseUrl(Chordus, DefaultSeed.Bob), null));
        await InteractAsync(bot, SlackTestClient.BlockActionPayload(DefaultSeed.Carol, "pause_ack", pauseId, Chordus, announcement.ResponseTs,
            slack.CreateResponseUrl(Chordus, DefaultSeed.Carol), null));
        await slack.Calls.WaitForCountAsync(CallLog.ResponseUrlMethod, 3, null, Wait, Ct);
        Assert.Contains("Update posted", await bot.CommandAsync("/pausebot", "update chordus Client call moved to Thursday", Lead));
        await slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.Json().Contains("Thursday"), Wait, Ct);
        Assert.Contains("corrected", await bot.CommandAsync("/pausebot", "update chordus --edit Client call moved to Friday", Lead));
        await slack.Calls.WaitForAsync("chat.update", c => c.Ok && c.Json().Contains("Friday"), Wait, Ct);

        // Evening: resume; Bob hears it in his DM.
        await bot.CommandAsync("/resume", "chordus Back to work", Lead);
        await slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.Channel == Chordus && c.Json().Contains("has resumed"), Wait, Ct);
        await slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.ResponseChannel == slack.Workspace.FindDm(DefaultSeed.Bob)?.Id
            && c.Json().Contains("You asked me to tell you"), Wait, Ct);
        await bot.SettleAsync();

        var calls = slack.Calls.All.Where(c => c.Method != CallLog.ResponseUrlMethod).ToList();
        TestContext.Current.TestOutputHelper?.WriteLine(Summary(calls));
        await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, $"day-of-use-{transport}.txt"), Summary(calls), Ct);
        Assert.All(calls, c => Assert.True(c.Issues.Count == 0, $"{c}: {string.Join("; ", c.Issues)}"));
        Assert.All(calls, c => Assert.True(c.Ok, c.ToString()));
        Assert.All(calls, c => Assert.True(c.Scope is null || manifest.BotScopes.Contains(c.Scope), $"{c.Method} needs {c.Scope}"));
        Assert.Superset(new HashSet<string> { "chat.postMessage", "chat.update", "views.open", "views.publish", "users.info", "conversations.members" },
            calls.Select(c => c.Method).ToHashSet());
    }

    private static async Task EventAsync(BotHost bot, JsonObject inner)
    {
        if (bot.Socket is { } socket)
        {
            var id = await socket.SendEventAsync(inner, ct: Ct);
            await bot.Slack.SocketMode.WaitForAckAsync(id, Wait, Ct);
            return;
        }
        Assert.Equal(System.Net.HttpStatusCode.OK, (await bot.Client.SendEventAsync(inner, ct: Ct)).StatusCode);
    }

    private static async Task InteractAsync(BotHost bot, JsonObject payload)
    {
        if (bot.Socket is { } socket)
        {
            var ack = await socket.SendInteractionAsync(payload, Ct);
            Assert.Null(ack.Payload?["response_action"]);
            return;
        }
        var response = await bot.Client.SendInteractionAsync(payload, Ct);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("response_action", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    private static string ButtonValue(RecordedCall post, string actionId) =>
        post.Args["blocks"]!.AsArray().Select(b => b?["elements"]).OfType<JsonArray>().SelectMany(e => e)
            .Single(e => e?["action_id"]?.GetValue<string>() == actionId)!["value"]!.GetValue<string>();

    private static string Summary(IReadOnlyList<RecordedCall> calls)
    {
        var text = new StringBuilder("method | calls | scope | sent as | arguments | issues\n");
        foreach (var g in calls.GroupBy(c => c.Method).OrderBy(g => g.Key, StringComparer.Ordinal))
            text.AppendLine(string.Join(" | ", g.Key, g.Count(), string.Join(",", g.Select(c => c.Scope ?? "none").Distinct()),
                string.Join(",", g.Select(c => c.Transport).Distinct()), string.Join(",", g.SelectMany(c => c.Args.Select(a => a.Key)).Distinct().Order()),
                g.Sum(c => c.Issues.Count)));
        return text.ToString();
    }
}
