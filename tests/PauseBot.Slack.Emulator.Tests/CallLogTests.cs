using PauseBot.Slack.Emulator;
using static PauseBot.Slack.Emulator.Tests.Api;

namespace PauseBot.Slack.Emulator.Tests;

public sealed class CallLogTests
{
    [Fact]
    public async Task RecordsFormAndJsonCalls_NormalisedToJson_InOrder()
    {
        await using var emu = await StartAsync();
        using var http = emu.CreateClient();
        await PostFormAsync(http, "chat.postMessage", ("channel", DefaultSeed.General), ("text", "form"));
        await PostJsonAsync(http, "chat.postMessage", new { channel = "C0NOPE", text = "json" });
        var calls = emu.Calls.All;
        Assert.Equal(2, calls.Count);
        Assert.Equal(("chat.postMessage", "form", true, 200), (calls[0].Method, calls[0].Text, calls[0].Ok, calls[0].HttpStatus));
        Assert.Equal(("json", false, "channel_not_found"), (calls[1].Text, calls[1].Ok, calls[1].Error));
        Assert.Equal(calls[0].ResponseTs, emu.Messages.All.Single().Ts);
        Assert.True(calls[0].Sequence < calls[1].Sequence);
        emu.Calls.Clear();
        Assert.Empty(emu.Calls.All);
    }

    [Fact]
    public async Task WaitForAsync_CompletesWhenAMatchingCallArrives()
    {
        await using var emu = await StartAsync();
        using var http = emu.CreateClient();
        var waiting = emu.Calls.WaitForAsync("chat.postMessage", c => c.Text == "second", cancellationToken: Ct);
        await PostJsonAsync(http, "chat.postMessage", new { channel = DefaultSeed.General, text = "first" });
        Assert.False(waiting.IsCompleted);
        await PostJsonAsync(http, "chat.postMessage", new { channel = DefaultSeed.General, text = "second" });
        Assert.Equal("second", (await waiting).Text);

        var both = await emu.Calls.WaitForCountAsync("chat.postMessage", 2, cancellationToken: Ct);
        Assert.Equal(["first", "second"], both.Select(c => c.Text));
    }

    [Fact]
    public async Task WaitForAsync_TimesOut_ListingCallsSeen()
    {
        await using var emu = await StartAsync();
        using var http = emu.CreateClient();
        await PostJsonAsync(http, "auth.test", new { });
        var ex = await Assert.ThrowsAsync<TimeoutException>(() =>
            emu.Calls.WaitForAsync("views.open", timeout: TimeSpan.FromMilliseconds(100), cancellationToken: Ct));
        Assert.Contains("views.open", ex.Message, StringComparison.Ordinal);
        Assert.Contains("auth.test", ex.Message, StringComparison.Ordinal);
    }
}
