using System.Text.Json.Nodes;
using static PauseBot.Sandbox.SandboxSeed;

namespace PauseBot.Tests.Sandbox;

/// <summary>
/// The sandbox stopped and started again on the same database file, as <c>dotnet run</c> twice does: the emulated
/// workspace is new and empty, so the database starts from the seed too, and the page and the bot agree.
/// </summary>
public sealed class SandboxRestartTests : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private readonly string _file = SandboxTestHost.NewDatabaseFile();

    [Fact]
    public async Task Restart_OnTheSameDatabase_ALeadsPauseFromThePageIsAnnouncedAgain()
    {
        await using (var first = await SandboxTestHost.StartAsync(databaseFile: _file))
        {
            await PauseAsLeeAsync(first, "Scope review");
            await first.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.Channel == Chordus, TimeSpan.FromSeconds(15), Ct);
        }

        await using var second = await SandboxTestHost.StartAsync(databaseFile: _file);
        Assert.Empty(await MessagesAsync(second, Cora)); // the new run's channel is empty …
        await PauseAsLeeAsync(second, "Scope review, second run");
        await second.Slack.Calls.WaitForAsync("chat.postMessage", c => c.Ok && c.Channel == Chordus, TimeSpan.FromSeconds(15), Ct);

        // … and the bot starts from the same seed: Lee's pause is a new one, announced in #chordus for Cora to see.
        var lee = await MessagesAsync(second, Lee);
        Assert.Contains(lee, m => m!["ephemeral"]!.GetValue<bool>() && m["text"]!.GetValue<string>().Contains("is paused", StringComparison.Ordinal));
        Assert.DoesNotContain(lee, m => m!["text"]!.GetValue<string>().Contains("already paused", StringComparison.Ordinal));
        var announcement = Assert.Single(await MessagesAsync(second, Cora));
        Assert.Contains("Scope review, second run", announcement!.ToJsonString());
        var line = Assert.Single(second.Logs.Lines, l => l.StartsWith("Sandbox:", StringComparison.Ordinal));
        Assert.Contains("starts from its seed every run", line);
        Assert.Contains(_file, line);
    }

    private static async Task PauseAsLeeAsync(SandboxTestHost sandbox, string reason)
    {
        var (status, body) = await sandbox.PostAsync("send", new { user = Lee, conversation = Chordus, text = $"/pause chordus {reason}" });
        Assert.True(status == 200, body.ToJsonString());
    }

    private static async Task<JsonArray> MessagesAsync(SandboxTestHost sandbox, string user) =>
        (JsonArray)(await sandbox.StateAsync(user, Chordus))["messages"]!;

    public void Dispose() => SandboxTestHost.DeleteDatabaseFile(_file);
}
