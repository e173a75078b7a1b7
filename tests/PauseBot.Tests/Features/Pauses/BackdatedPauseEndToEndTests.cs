using SlackDate = PauseBot.Slack.Blocks.SlackDate;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PauseBot.Features.Api;
using PauseBot.Features.Shared.Text;
using PauseBot.Persistence;
using PauseBot.Slack.Emulator;
using PauseBot.Slack.Inbound;
using PauseBot.Testing;
using PauseBot.Tests.Support;
using static PauseBot.Tests.Support.BotHostExtensions;

namespace PauseBot.Tests.Features.Pauses;

/// <summary>
/// Issue 19: a lead pauses from an instant in the past (the client halted work before anyone told the contractors). Driven as
/// Slack would: signed commands and button clicks in, the emulator's recorded calls out.
/// </summary>
public class BackdatedPauseEndToEndTests : IAsyncLifetime
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private BotHost _bot = null!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _bot = await BotHost.StartAsync();
        await _bot.RegisterChordusAsync();
        Assert.Contains("Europe/Berlin", await _bot.CommandAsync("/pausebot", "project timezone chordus Europe/Berlin", BotHost.Admin));
    }

    public async ValueTask DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task PauseAtYesterdayWithConfirm_OneAnnouncementWithThatCutoff_BillableApiFalseSinceThen()
    {
        var key = await _bot.CreateApiKeyAsync();
        var sent = RealTime.Now;
        var reply = await _bot.CommandAsync("/pause", "chordus Client halted work --at yesterday 09:00 --confirm", Lead);
        var replied = RealTime.Now;

        var pause = Assert.Single(await _bot.PausesAsync());
        // Yesterday 09:00 in the project's zone, as of the moment the command was read (either side of a midnight).
        Assert.Contains(pause.EffectiveAt, new[] { Yesterday0900(sent), Yesterday0900(replied) });
        Assert.InRange(pause.AnnouncedAt, sent, replied);
        Assert.Contains($"paused from {Token(pause.EffectiveAt)}", reply);
        Assert.Contains($"(announced {Token(pause.AnnouncedAt)}", reply);
        var announcement = await _bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.Channel == Chordus, TimeSpan.FromSeconds(10), Ct);
        Assert.Contains($"*Not billable from*\\n{Token(pause.EffectiveAt)}", announcement.Json());
        await _bot.SettleAsync();
        Assert.Single(_bot.PostsTo(Chordus));

        var between = DateTimeOffset.FromUnixTimeSeconds(pause.EffectiveAt.ToUnixTimeSeconds() + 3600);
        var answer = await BillableAtAsync(key, between);
        Assert.False(answer["billable"]!.GetValue<bool>());
        Assert.True((await BillableAtAsync(key, pause.EffectiveAt.AddMinutes(-1)))["billable"]!.GetValue<bool>());
        Assert.Contains(await AuditAsync(), a => a.Action == "pause" && a.Outcome == "ok" && a.Detail!.Contains($"effective {pause.EffectiveAt:O} announced {pause.AnnouncedAt:yyyy-MM-ddTHH:mm:ss}"));

        var dm = _bot.Slack.Workspace.OpenDm(DefaultSeed.Alice)!.Id;
        await _bot.Client.SendEventAsync(Events.Message(DefaultSeed.Alice, dm,
            "I worked 3 hours this morning before the announcement, will they be paid?"), ct: Ct);
        var told = (await _bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.Channel == dm, TimeSpan.FromSeconds(30), Ct)).Text;
        Assert.Contains($"Time from {SlackDate.Token(pause.EffectiveAt)} on is *not* billable, even if you worked it before the pause was announced", told);
    }

    [Fact]
    public async Task PauseAtPast_NothingChangesUntilConfirm_ThenDoubleConfirmIsOnePause()
    {
        var reply = await CommandBodyAsync("/pause", "chordus Client halted work --at 2h ago");
        Assert.Contains("become not billable: that is 2 h ago", reply["text"]!.GetValue<string>());
        var draftId = ButtonValue(reply, "pause_backdate_confirm");
        Assert.Equal(draftId, ButtonValue(reply, "pause_backdate_cancel"));
        await _bot.SettleAsync();
        Assert.Empty(await _bot.PausesAsync());
        Assert.Empty(_bot.PostsTo(Chordus));

        // Two clicks at once (a double click, or two tabs): one pause, one announcement.
        await Task.WhenAll(PressAsync("pause_backdate_confirm", draftId), PressAsync("pause_backdate_confirm", draftId));
        var answers = await _bot.Slack.Calls.WaitForCountAsync("response_url", 2, null, TimeSpan.FromSeconds(20), Ct);
        await _bot.SettleAsync();

        var pause = Assert.Single(await _bot.PausesAsync());
        Assert.True(pause.IsBackdated);
        Assert.Single(_bot.PostsTo(Chordus));
        Assert.Single(answers, a => a.Json().Contains("is paused from"));
        Assert.All(answers, a => Assert.True(a.Args["replace_original"]?.GetValue<bool>()));
        Assert.Empty(await DraftsAsync());

        // A third click, after both: the request was used.
        await PressAsync("pause_backdate_confirm", draftId);
        var third = await _bot.Slack.Calls.WaitForCountAsync("response_url", 3, null, TimeSpan.FromSeconds(20), Ct);
        Assert.Contains("already confirmed, cancelled or has expired", third[^1].Json());
        Assert.Single(await _bot.PausesAsync());
    }

    [Fact]
    public async Task Cancel_LeavesNothingButTheAuditLine()
    {
        var reply = await CommandBodyAsync("/pause", "chordus Client halted work --at yesterday 09:00");
        await PressAsync("pause_backdate_cancel", ButtonValue(reply, "pause_backdate_cancel"));

        var answer = await _bot.Slack.Calls.WaitForAsync("response_url", c => c.Ok, TimeSpan.FromSeconds(20), Ct);
        Assert.Contains("Cancelled", answer.Json());
        await _bot.SettleAsync();
        Assert.Empty(await _bot.PausesAsync());
        Assert.Empty(await DraftsAsync());
        Assert.Empty(_bot.PostsTo(Chordus));
        Assert.Single(await AuditAsync(), a => a.Outcome == "cancelled:backdate");
        Assert.Contains("`pause` cancelled:backdate", await _bot.CommandAsync("/pausebot", "audit chordus", Lead));
    }

    [Fact]
    public async Task Confirmation_SurvivesARestart()
    {
        var sent = RealTime.Now;
        var reply = await CommandBodyAsync("/pause", "chordus Client halted work --at 90m ago");
        var replied = RealTime.Now;
        await _bot.RestartAsync();

        await PressAsync("pause_backdate_confirm", ButtonValue(reply, "pause_backdate_confirm"));

        await _bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.Channel == Chordus, TimeSpan.FromSeconds(20), Ct);
        var pause = Assert.Single(await _bot.PausesAsync());
        Assert.InRange(pause.EffectiveAt, sent.AddMinutes(-90), replied.AddMinutes(-90));
        Assert.True(pause.AnnouncedAt > replied, "announced when confirmed, after the restart");
    }

    [Fact]
    public async Task BeyondMaxBackdate_RefusedNamingTheLimit_NothingChanges()
    {
        var reply = await _bot.CommandAsync("/pause", "chordus Client halted work --at 8 days ago --confirm", Lead);

        Assert.Contains("at most 7 days", reply);
        Assert.Contains("PauseBot:MaxBackdate", reply);
        await _bot.SettleAsync();
        Assert.Empty(await _bot.PausesAsync());
        Assert.Empty(await DraftsAsync());
        Assert.Empty(_bot.PostsTo(Chordus));
    }

    [Fact]
    public async Task ResumeAtPast_RefusedClearly_PauseStays()
    {
        await _bot.CommandAsync("/pause", "chordus Client halted work", Lead);

        var reply = await _bot.CommandAsync("/resume", "chordus --at 2h ago", Lead);

        Assert.Contains("A resume can't be backdated", reply);
        var pause = Assert.Single(await _bot.PausesAsync());
        Assert.Equal(Core.Pauses.PauseState.Active, pause.State);
        Assert.Null(pause.ScheduledResumeAt);
    }

    [Fact]
    public async Task PauseForm_PastCutoff_BecomesTheConfirmation_ConfirmInTheFormPauses()
    {
        Assert.Equal("", await _bot.CommandAsync("/pause", "chordus", Lead));
        var opened = await _bot.Slack.Calls.WaitForAsync("views.open", c => c.Ok, TimeSpan.FromSeconds(10), Ct);
        var viewId = opened.Response!["view"]!["id"]!.GetValue<string>();

        var tooFar = await SubmitFormAsync(viewId, "999h ago");
        Assert.Equal("errors", tooFar["response_action"]!.GetValue<string>());
        Assert.Contains("at most 7 days", tooFar["errors"]!["at"]!.GetValue<string>());
        var submitted = await SubmitFormAsync(viewId, "3h ago");

        Assert.Equal("update", submitted["response_action"]!.GetValue<string>());
        Assert.Contains("that is 3 h ago", submitted["view"]!.ToJsonString());
        Assert.Empty(await _bot.PausesAsync());
        var payload = SlackTestClient.BlockActionPayload(Lead, "pause_backdate_confirm", ButtonValue(submitted["view"]!.AsObject(), "pause_backdate_confirm"),
            null, null, null, null);
        payload["container"] = new JsonObject { ["type"] = "view", ["view_id"] = viewId };
        payload["view"] = new JsonObject { ["id"] = viewId, ["type"] = "modal", ["callback_id"] = "pause_backdate_result", ["team_id"] = SlackTestClient.DefaultTeamId };
        Assert.Equal(HttpStatusCode.OK, (await _bot.Client.SendInteractionAsync(payload, Ct)).StatusCode);

        var shown = await _bot.Slack.Calls.WaitForAsync("views.update", c => c.Ok, TimeSpan.FromSeconds(20), Ct);
        Assert.Contains("is paused from", shown.Json());
        await _bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.Channel == Chordus, TimeSpan.FromSeconds(20), Ct);
        Assert.True(Assert.Single(await _bot.PausesAsync()).IsBackdated);
    }

    [Theory]
    [InlineData("pause_backdate_confirm", "not-a-guid")]
    [InlineData("pause_backdate_cancel", "")]
    [InlineData("pause_backdate_confirm", "0198c1f2-0000-7000-8000-000000000000")]
    public async Task Buttons_BadOrUnknownValue_ClearAnswerNothingChanges(string action, string value)
    {
        await PressAsync(action, value);

        var answer = await _bot.Slack.Calls.WaitForAsync("response_url", c => c.Ok, TimeSpan.FromSeconds(20), Ct);
        Assert.Matches("out of date|already confirmed", answer.Json());
        Assert.Empty(await _bot.PausesAsync());
    }

    [Fact]
    public async Task ConfirmByAnotherLead_Refused_DraftStaysForItsLead()
    {
        Assert.Contains("lead", await _bot.CommandAsync("/pausebot", $"lead add chordus <@{DefaultSeed.Bob}|bob>", BotHost.Admin));
        var reply = await CommandBodyAsync("/pause", "chordus Client halted work --at 2h ago");

        await PressAsync("pause_backdate_confirm", ButtonValue(reply, "pause_backdate_confirm"), DefaultSeed.Bob);

        var answer = await _bot.Slack.Calls.WaitForAsync("response_url", c => c.Ok, TimeSpan.FromSeconds(20), Ct);
        Assert.Contains("Only the lead who asked", answer.Json());
        Assert.Empty(await _bot.PausesAsync());
        Assert.Single(await DraftsAsync());
    }

    [Theory]
    [InlineData("chordus Halted --at 0h ago", "isn't a usable amount of time")]
    [InlineData("chordus Halted --at yesterday", "`yesterday` needs a time")]
    [InlineData("chordus Halted --at yesterday 25:00", "isn't a valid time of day")]
    [InlineData("chordus Halted --at 2h ago --confirm=maybe", "`--confirm` is an on/off flag")]
    [InlineData("chordus Halted --at 2h ago --until 1h ago --confirm", "The `--until` time is in the past")]
    public async Task Pause_BadBackdateInput_ClearAnswerNothingChanges(string text, string expected)
    {
        Assert.Contains(expected, await _bot.CommandAsync("/pause", text, Lead));
        Assert.Empty(await _bot.PausesAsync());
        Assert.Empty(await DraftsAsync());
    }

    private static DateTimeOffset Yesterday0900(DateTimeOffset at) => TimeExpression.Parse("yesterday 09:00", at, Berlin).Instant;

    private static string Token(DateTimeOffset at) => $"<!date^{at.ToUnixTimeSeconds()}^";

    private async Task<JsonObject> BillableAtAsync(string key, DateTimeOffset at)
    {
        var response = await _bot.GetAsync($"/api/v1/projects/chordus/billable?at={Uri.EscapeDataString(Instants.Format(at))}", key, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!.AsObject();
    }

    /// <summary>The command's whole reply (text and blocks): the ack body, or its late answer on a loaded machine.</summary>
    private async Task<JsonObject> CommandBodyAsync(string command, string text)
    {
        var earlier = _bot.Slack.Messages.Ephemeral.Count(e => e.UserId == Lead && e.Channel == Chordus);
        var response = await _bot.Client.SendCommandAsync(command, text, Lead, Chordus, ct: Ct);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!.AsObject();
        if (body["text"]?.GetValue<string>() != _bot.Services.GetRequiredService<IOptions<SlackInboundOptions>>().Value.WorkingOnItText) return body;
        await _bot.WhenInboundIdleAsync(Ct);
        var late = _bot.Slack.Messages.Ephemeral.Where(e => e.UserId == Lead && e.Channel == Chordus).Skip(earlier).Last();
        return new JsonObject { ["text"] = late.Text, ["blocks"] = late.Blocks?.DeepClone() };
    }

    private static string ButtonValue(JsonObject message, string actionId) =>
        message["blocks"]!.AsArray().Select(b => b?["elements"]).OfType<JsonArray>().SelectMany(e => e)
            .Single(e => e?["action_id"]?.GetValue<string>() == actionId)!["value"]!.GetValue<string>();

    private async Task PressAsync(string actionId, string value, string user = Lead)
    {
        var response = await _bot.Client.SendInteractionAsync(SlackTestClient.BlockActionPayload(user, actionId, value, Chordus, null,
            _bot.Slack.CreateResponseUrl(Chordus, user), null), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<JsonObject> SubmitFormAsync(string viewId, string at)
    {
        var response = await _bot.Client.SendInteractionAsync(SlackTestClient.ViewSubmissionPayload(Lead, "pause_modal", null,
            new Dictionary<string, Dictionary<string, string>>
            {
                ["project"] = new() { ["value"] = "chordus" }, ["reason"] = new() { ["value"] = "Client halted work" }, ["at"] = new() { ["value"] = at },
            }, viewId), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!.AsObject();
    }

    private async Task<List<Core.Pauses.PauseDraft>> DraftsAsync()
    {
        await using var scope = _bot.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PauseBotDbContext>().PauseDrafts.AsNoTracking().ToListAsync(Ct);
    }

    private async Task<List<Core.Audit.AuditEvent>> AuditAsync()
    {
        await using var scope = _bot.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PauseBotDbContext>().AuditEvents.AsNoTracking()
            .Where(a => a.ProjectKey == "chordus").ToListAsync(Ct);
    }
}
