using PauseBot.Features.Shared;
using PauseBot.Slack.Blocks;
using PauseBot.Testing;
using PauseBot.Tests.Support;
using static PauseBot.Tests.Features.Shared.TypedText;
using static PauseBot.Tests.Support.BotHostExtensions;

namespace PauseBot.Tests.Features.Shared;

/// <summary>
/// Every text a lead types about a pause, sent as Slack sends it, at its limit (<see cref="TextLimits"/>) and one past it: at the
/// limit it is saved and the message it goes into is accepted by Slack (the emulator); one past, the reply names the field and
/// its limit and nothing is saved.
/// </summary>
public class TextLimitsEndToEndTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private BotHost _bot = null!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _bot = await BotHost.StartAsync();
        await _bot.RegisterChordusAsync();
    }

    public async ValueTask DisposeAsync() => await _bot.DisposeAsync();

    public static TheoryData<string, string, int> PauseTexts() => new()
    {
        { "reason", "The public reason", TextLimits.Reason },
        { "guidance", "The guidance", TextLimits.Guidance },
        { "internal", "The internal note", TextLimits.InternalNote },
    };

    private static string PauseCommandText(string part, string text) => part switch
    {
        "reason" => $"chordus {AsCommand(text)}",
        _ => $"chordus Scope review --{part} \"{AsCommand(text)}\"",
    };

    [Theory]
    [MemberData(nameof(PauseTexts))]
    public async Task PauseCommand_TextAtItsLimitAnnounced_OnePastRefusedAndNothingSaved(string part, string field, int limit)
    {
        var over = await _bot.CommandAsync("/pause", PauseCommandText(part, OfLength(limit + 1)), Lead);
        AssertRefused(over, field, limit);
        Assert.Empty(await _bot.PausesAsync());

        var text = OfLength(limit);
        Assert.Contains("is paused", await _bot.CommandAsync("/pause", PauseCommandText(part, text), Lead));
        var announcement = await _bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.Channel == Chordus, Wait, Ct);
        var pause = Assert.Single(await _bot.PausesAsync());
        Assert.Equal(text, part switch { "reason" => pause.PublicReason, "guidance" => pause.Guidance, _ => pause.InternalNote });
        if (part != "internal") Assert.Contains(Mrkdwn.Escape(text), announcement.Json(), StringComparison.Ordinal);
        AssertSlackAcceptedEverything(_bot.Slack);
    }

    [Fact]
    public async Task PauseForm_InputsCarryMaxLengthFromTheTable()
    {
        Assert.Equal("", await _bot.CommandAsync("/pause", "chordus", Lead));
        var open = await _bot.Slack.Calls.WaitForAsync("views.open", c => c.Ok, Wait, Ct);

        Assert.Equal(TextLimits.Reason, MaxLength(open, "reason"));
        Assert.Equal(TextLimits.Guidance, MaxLength(open, "guidance"));
        Assert.Equal(TextLimits.InternalNote, MaxLength(open, "internal"));
    }

    [Theory]
    [MemberData(nameof(PauseTexts))]
    public async Task PauseForm_TextAtItsLimitPauses_OnePastShownOnItsField(string block, string field, int limit)
    {
        Dictionary<string, Dictionary<string, string>> Form(string text) => new()
        {
            ["project"] = new() { ["value"] = "chordus" },
            ["reason"] = new() { ["value"] = block == "reason" ? text : "Scope review" },
            [block == "reason" ? "guidance" : block] = new() { ["value"] = block == "reason" ? "Stop now." : text },
        };

        var over = await _bot.Client.SendInteractionAsync(SlackTestClient.ViewSubmissionPayload(Lead, "pause_modal", null, Form(OfLength(limit + 1))), Ct);
        await AssertFieldErrorAsync(over, block, field, limit);
        Assert.Empty(await _bot.PausesAsync());

        var text = OfLength(limit);
        var good = await _bot.Client.SendInteractionAsync(SlackTestClient.ViewSubmissionPayload(Lead, "pause_modal", null, Form(text)), Ct);
        Assert.Equal("", await good.Content.ReadAsStringAsync(Ct));
        await _bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.Channel == Chordus, Wait, Ct);
        Assert.Single(await _bot.PausesAsync());
        AssertSlackAcceptedEverything(_bot.Slack);
    }

    [Fact]
    public async Task Update_AtItsLimitPostedAndCorrectedInPlace_OnePastRefusedAndNothingSaved()
    {
        await _bot.CommandAsync("/pause", "chordus Scope review", Lead);
        var limit = TextLimits.UpdateText;

        AssertRefused(await _bot.CommandAsync("/pausebot", $"update chordus {AsCommand(OfLength(limit + 1))}", Lead), "The update", limit);
        Assert.Empty(Assert.Single(await _bot.PausesAsync()).Updates);

        var text = OfLength(limit, 'u');
        Assert.Contains("Update posted", await _bot.CommandAsync("/pausebot", $"update chordus {AsCommand(text)}", Lead));
        await _bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.Json().Contains(Mrkdwn.Escape(text), StringComparison.Ordinal), Wait, Ct);

        AssertRefused(await _bot.CommandAsync("/pausebot", $"update chordus --edit {AsCommand(OfLength(limit + 1))}", Lead), "The update", limit);
        var correction = OfLength(limit, 'v');
        Assert.Contains("corrected", await _bot.CommandAsync("/pausebot", $"update chordus --edit {AsCommand(correction)}", Lead));
        // chat.update is strict: its text may not pass 4,000 characters.
        await _bot.Slack.Calls.WaitForAsync("chat.update", c => c.Ok && c.Json().Contains(Mrkdwn.Escape(correction), StringComparison.Ordinal), Wait, Ct);
        Assert.Equal(correction, Assert.Single(Assert.Single(await _bot.PausesAsync()).Updates).Text);
        AssertSlackAcceptedEverything(_bot.Slack);
    }

    [Fact]
    public async Task UpdateForm_AtItsLimitPosted_OnePastShownOnTheField()
    {
        await _bot.CommandAsync("/pause", "chordus Scope review", Lead);
        var limit = TextLimits.UpdateText;
        Dictionary<string, Dictionary<string, string>> Form(string text) => new() { ["update"] = new() { ["value"] = text } };

        var over = await _bot.Client.SendInteractionAsync(SlackTestClient.ViewSubmissionPayload(Lead, "promise_update_modal", "chordus", Form(OfLength(limit + 1))), Ct);
        await AssertFieldErrorAsync(over, "update", "The update", limit);
        Assert.Empty(Assert.Single(await _bot.PausesAsync()).Updates);

        var text = OfLength(limit, 'u');
        var good = await _bot.Client.SendInteractionAsync(SlackTestClient.ViewSubmissionPayload(Lead, "promise_update_modal", "chordus", Form(text)), Ct);
        Assert.Equal("", await good.Content.ReadAsStringAsync(Ct));
        await _bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.Json().Contains(Mrkdwn.Escape(text), StringComparison.Ordinal), Wait, Ct);
        AssertSlackAcceptedEverything(_bot.Slack);
    }

    [Fact]
    public async Task Resume_MessageAtItsLimitAnnounced_OnePastRefusedAndStillPaused()
    {
        await _bot.CommandAsync("/pause", "chordus Scope review", Lead);
        var limit = TextLimits.ResumeMessage;

        AssertRefused(await _bot.CommandAsync("/resume", $"chordus {AsCommand(OfLength(limit + 1))}", Lead), "The resume message", limit);
        Assert.True(Assert.Single(await _bot.PausesAsync()).IsOpen);

        var text = OfLength(limit, 'r');
        Assert.Contains("has resumed", await _bot.CommandAsync("/resume", $"chordus {AsCommand(text)}", Lead));
        await _bot.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.Json().Contains(Mrkdwn.Escape(text), StringComparison.Ordinal), Wait, Ct);
        AssertSlackAcceptedEverything(_bot.Slack);
    }
}
