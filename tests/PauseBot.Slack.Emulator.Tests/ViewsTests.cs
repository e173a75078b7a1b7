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
    public async Task FabricatedTrigger_AcceptedOnlyWhenLenient()
    {
        await using var emu = await StartAsync();
        using var http = emu.CreateClient();
        Assert.True((await PostJsonAsync(http, "views.open", new { trigger_id = "123.456.abc", view = Modal })).Ok);
        emu.State.LenientTriggers = false;
        Assert.Equal("invalid_trigger_id", (await PostJsonAsync(http, "views.open", new { trigger_id = "123.456.abc", view = Modal })).Error);
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
        Assert.Equal("invalid_arguments", (await PostJsonAsync(http, "views.open", new { trigger_id = "1.2.3", view = new { type = "home", blocks = Array.Empty<object>() } })).Error);
    }
}
