using System.Text.Json.Nodes;
using PauseBot.Sandbox;
using static PauseBot.Sandbox.SandboxSeed;

namespace PauseBot.Tests.Sandbox;

/// <summary>The page's JSON API against the real bot: what a person sends arrives as Slack would deliver it.</summary>
public class SandboxApiTests : IAsyncLifetime
{
    private SandboxTestHost _sandbox = null!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _sandbox = await SandboxTestHost.StartAsync();

    public async ValueTask DisposeAsync() => await _sandbox.DisposeAsync();

    private Task<(int Status, JsonObject Body)> SendAsync(string user, string conversation, string text) =>
        _sandbox.PostAsync("send", new { user, conversation, text });

    private async Task<JsonArray> MessagesAsync(string user, string conversation) =>
        (JsonArray)(await _sandbox.StateAsync(user, conversation))["messages"]!;

    [Fact]
    public async Task State_SeededWorkspace_PeopleChannelsAndConversationsOfTheActingPerson()
    {
        var state = await _sandbox.StateAsync(Cora, Chordus);

        Assert.Equal(8, state["people"]!.AsArray().Count);
        Assert.Equal("Asia/Kolkata", state["user"]!["tz"]!.GetValue<string>());
        var names = state["conversations"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()).ToList();
        Assert.Equal(["#chordus", "#general", "PauseBot", "PauseBot · Home"], names);
        var ada = await _sandbox.StateAsync(Ada, Chordus);
        Assert.DoesNotContain("#chordus", ada["conversations"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Send_PauseAsLead_AnnouncementForEveryoneAndEphemeralReplyOnlyForTheLead()
    {
        var (status, _) = await SendAsync(Lee, Chordus, "/pause chordus Scope review");

        Assert.Equal(200, status);
        await _sandbox.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.Channel == Chordus, TimeSpan.FromSeconds(10), Ct);
        var lee = await MessagesAsync(Lee, Chordus);
        var cora = await MessagesAsync(Cora, Chordus);
        Assert.Contains(lee, m => m!["ephemeral"]!.GetValue<bool>() && m["text"]!.GetValue<string>().Contains("is paused"));
        var announcement = Assert.Single(cora);
        Assert.False(announcement!["ephemeral"]!.GetValue<bool>());
        Assert.Contains("pause_ack", announcement["blocks"]!.ToJsonString());
    }

    [Fact]
    public async Task Send_CommandWithMention_ArrivesEscapedLikeSlackSoTheBotResolvesTheUser()
    {
        await SendAsync(Ada, General, "/pausebot lead add chordus @cyrus");

        var reply = Assert.Single(await MessagesAsync(Ada, General))!["text"]!.GetValue<string>();
        Assert.Contains($"<@{Cyrus}> is now a lead", reply);
    }

    [Fact]
    public async Task Send_UnknownCommand_SlackStyleEphemeralAndNothingSentToTheBot()
    {
        await SendAsync(Lee, Chordus, "/lunch now");

        var reply = Assert.Single(await MessagesAsync(Lee, Chordus));
        Assert.Contains("/lunch is not a valid command", reply!["text"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(Lee, Chordus, "   ", "Type a message")]
    [InlineData("U0NOBODY", Chordus, "hi", "Unknown person")]
    [InlineData(Ada, Chordus, "hi", "can't post in that conversation")]
    [InlineData(Lee, "C0NOPE", "hi", "can't post in that conversation")]
    public async Task Send_BadInput_400WithAClearReason(string user, string conversation, string text, string expected)
    {
        var (status, body) = await SendAsync(user, conversation, text);

        Assert.Equal(400, status);
        Assert.Contains(expected, body["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Send_DirectMessage_PostedAsThePersonAndAnsweredByTheBot()
    {
        var dm = _sandbox.Slack.Workspace.OpenDm(Chen)!.Id;

        await SendAsync(Chen, dm, "can I log hours?");

        var answer = await _sandbox.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.Channel == dm, TimeSpan.FromSeconds(10), Ct);
        Assert.Contains("billable", answer.Text ?? answer.Args.ToJsonString());
        var messages = await MessagesAsync(Chen, dm);
        Assert.Equal(Chen, messages[0]!["user"]!.GetValue<string>());
    }

    [Fact]
    public async Task Submit_PauseModalWithoutReason_RequiredFieldErrorAndNoPause()
    {
        await SendAsync(Lee, Chordus, "/pause");
        await _sandbox.Slack.Calls.WaitForAsync("views.open", c => c.Ok, TimeSpan.FromSeconds(10), Ct);
        var modal = (await _sandbox.StateAsync(Lee, Chordus))["modal"]!;

        var (status, _) = await _sandbox.PostAsync("submit", new { user = Lee, viewId = modal["id"]!.GetValue<string>(), values = new { project = "chordus" } });

        Assert.Equal(200, status);
        var errors = (await _sandbox.StateAsync(Lee, Chordus))["modal"]!["errors"]!.AsObject();
        Assert.Equal("Please complete this required field.", errors["reason"]!.GetValue<string>());
        Assert.Null((await _sandbox.StateAsync(Cora, Chordus))["modal"]); // a modal belongs to the person who opened it
    }

    [Fact]
    public async Task Click_ButtonThatIsNotThere_400()
    {
        var (status, body) = await _sandbox.PostAsync("click", new { user = Cora, channel = Chordus, ts = "1.000001", blockId = "b", actionId = "pause_ack" });

        Assert.Equal(400, status);
        Assert.Contains("no longer exists", body["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Reset_AfterAPause_EmptyChannelAndProjectNotPaused()
    {
        await SendAsync(Lee, Chordus, "/pause chordus Scope review");
        await _sandbox.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.Channel == Chordus, TimeSpan.FromSeconds(10), Ct);

        await _sandbox.PostAsync("reset", new { });

        Assert.Empty(await MessagesAsync(Cora, Chordus));
        await SendAsync(Lee, Chordus, "/pausebot status chordus");
        Assert.Contains("not paused", (await MessagesAsync(Lee, Chordus)).Single()!["text"]!.GetValue<string>());
    }
}
