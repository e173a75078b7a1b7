using Microsoft.Extensions.Time.Testing;
using PauseBot.Slack.Emulator;
using static PauseBot.Slack.Emulator.Tests.Api;

namespace PauseBot.Slack.Emulator.Tests;

public sealed class ViewsTests
{
    private static readonly object Modal = new
    {
        type = "modal", callback_id = "pause", title = new { type = "plain_text", text = "Pause" },
        blocks = new[] { new { type = "section", text = new { type = "mrkdwn", text = "Pause project?" } } },
    };

    [Fact]
    public async Task IssuedTrigger_WorksOnceWithinThreeSeconds()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        await using var emu = await StartAsync(new SlackEmulatorOptions { Time = time });
        using var http = emu.CreateClient();
        var trigger = emu.IssueTriggerId();
        var open = await PostJsonAsync(http, "views.open", new { trigger_id = trigger, view = Modal });
        Assert.True(open.Ok, open.Body);
        var viewId = open.Json!["view"]!["id"]!.GetValue<string>();
        Assert.Equal("pause", emu.Views.Find(viewId)!["callback_id"]!.GetValue<string>());
        Assert.Equal("exchanged_trigger_id", (await PostJsonAsync(http, "views.open", new { trigger_id = trigger, view = Modal })).Error);

        var late = emu.IssueTriggerId();
        time.Advance(TimeSpan.FromSeconds(3.5));
        Assert.Equal("expired_trigger_id", (await PostJsonAsync(http, "views.open", new { trigger_id = late, view = Modal })).Error);

        var upd = await PostJsonAsync(http, "views.update", new { view_id = viewId, view = Modal });
        Assert.True(upd.Ok, upd.Body);
        Assert.Equal("not_found", (await PostJsonAsync(http, "views.update", new { view_id = "V0NOPE", view = Modal })).Error);
    }

    [Fact]
    public async Task Deadline_Widened_TriggerLivesThatLong()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        await using var emu = await StartAsync(new SlackEmulatorOptions { Time = time, Deadline = TimeSpan.FromSeconds(30) });
        using var http = emu.CreateClient();
        var slow = emu.IssueTriggerId();
        var late = emu.IssueTriggerId();

        time.Advance(TimeSpan.FromSeconds(29));
        var open = await PostJsonAsync(http, "views.open", new { trigger_id = slow, view = Modal });
        time.Advance(TimeSpan.FromSeconds(1.5));
        var tooLate = await PostJsonAsync(http, "views.open", new { trigger_id = late, view = Modal });

        Assert.True(open.Ok, open.Body);
        Assert.Equal("expired_trigger_id", tooLate.Error);
        Assert.Equal(TimeSpan.FromSeconds(30), emu.State.Deadline);
    }

    [Fact]
    public async Task FabricatedTrigger_RefusedUnlessLenient()
    {
        await using var emu = await StartAsync();
        using var http = emu.CreateClient();
        Assert.Equal("invalid_trigger_id", (await PostJsonAsync(http, "views.open", new { trigger_id = "123.456.abc", view = Modal })).Error);
        Assert.Equal("invalid_trigger_id", (await PostJsonAsync(http, "views.open", new { view = Modal })).Error);
        emu.State.LenientTriggers = true;
        Assert.True((await PostJsonAsync(http, "views.open", new { trigger_id = "123.456.abc", view = Modal })).Ok);
    }

    [Theory]
    [InlineData("title", "A title that is 25 chars!", "/view/title/text")]
    [InlineData("submit", "A submit that is 25 chars", "/view/submit/text")]
    [InlineData("close", "A close text 25 chars ...", "/view/close/text")]
    public async Task Modal_ButtonAndTitleTexts_AtMost24(string field, string text, string pointer)
    {
        await using var emu = await StartAsync();
        using var http = emu.CreateClient();
        var view = System.Text.Json.Nodes.JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(Modal))!.AsObject();
        view[field] = new System.Text.Json.Nodes.JsonObject { ["type"] = "plain_text", ["text"] = text[..24] };
        Assert.True((await PostJsonAsync(http, "views.open", new { trigger_id = emu.IssueTriggerId(), view })).Ok);

        view[field]!["text"] = text;
        var tooLong = await PostJsonAsync(http, "views.open", new { trigger_id = emu.IssueTriggerId(), view });

        Assert.Equal("invalid_arguments", tooLong.Error);
        Assert.Contains($"must be less than 25 characters [json-pointer:{pointer}]", tooLong.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Modal_WithInputs_NeedsSubmit()
    {
        await using var emu = await StartAsync();
        using var http = emu.CreateClient();
        var input = new
        {
            type = "input", block_id = "reason", label = new { type = "plain_text", text = "Reason" },
            element = new { type = "plain_text_input", action_id = "value" },
        };
        var noSubmit = new { type = "modal", title = new { type = "plain_text", text = "Pause" }, blocks = new[] { input } };
        var withSubmit = new { type = "modal", title = new { type = "plain_text", text = "Pause" }, submit = new { type = "plain_text", text = "Pause" }, blocks = new[] { input } };

        var refused = await PostJsonAsync(http, "views.open", new { trigger_id = emu.IssueTriggerId(), view = noSubmit });

        Assert.Equal("invalid_arguments", refused.Error);
        Assert.Contains("submit", refused.Body, StringComparison.Ordinal);
        Assert.True((await PostJsonAsync(http, "views.open", new { trigger_id = emu.IssueTriggerId(), view = withSubmit })).Ok);
    }

    [Fact]
    public async Task Publish_StoresHome_AndLimitsBlocks()
    {
        await using var emu = await StartAsync();
        using var http = emu.CreateClient();
        var ok = await PostFormAsync(http, "views.publish", ("user_id", DefaultSeed.Bob),
            ("view", """{"type":"home","blocks":[{"type":"section","text":{"type":"mrkdwn","text":"Hi Bob"}}]}"""));
        Assert.True(ok.Ok, ok.Body);
        Assert.Equal("home", emu.Views.HomeOf(DefaultSeed.Bob)!["type"]!.GetValue<string>());

        var blocks = Enumerable.Range(0, 101).Select(_ => new { type = "divider" }).ToArray();
        var tooMany = await PostJsonAsync(http, "views.publish", new { user_id = DefaultSeed.Bob, view = new { type = "home", blocks } });
        Assert.Equal("invalid_arguments", tooMany.Error);
        Assert.Contains("100", tooMany.Json!["response_metadata"]!["messages"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("invalid_arguments", (await PostJsonAsync(http, "views.open", new { trigger_id = emu.IssueTriggerId(), view = new { type = "home", blocks = Array.Empty<object>() } })).Error);
    }
}
