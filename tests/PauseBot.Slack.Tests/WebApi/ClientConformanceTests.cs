using System.Reflection;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PauseBot.Slack.Emulator;
using PauseBot.Slack.SocketMode;
using PauseBot.Slack.WebApi;
using static PauseBot.Slack.Blocks.Blocks;

namespace PauseBot.Slack.Tests.WebApi;

/// <summary>
/// The client against Slack's method references: every client method, called with every argument it can send, reaches
/// a method the references describe, with only documented arguments, all required ones, and a JSON body only where the
/// method reads JSON. Every scope is granted here (the client serves any app); the report says which scopes the manifest
/// requests — the product's day of use (PauseBot.Tests) runs on the manifest's scopes alone. Prints a report (method,
/// scope, transport, tier, arguments sent vs documented, error codes handled by name — each documented for the method)
/// and writes it to
/// <c>client-conformance.txt</c> beside the test binary.
/// </summary>
public sealed class ClientConformanceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // One call per client method, with every optional argument set. A client method without an entry fails the coverage test.
    private static readonly Dictionary<string, Func<ISlackApiClient, IAppsApi, SlackEmulator, Task>> Calls = new(StringComparer.Ordinal)
    {
        ["IChatApi.PostMessageAsync"] = (s, _, e) => s.Chat.PostMessageAsync(new Message
        {
            Channel = DefaultSeed.Chordus, Text = "hi", Blocks = [Section("*hi*")], ThreadTs = Posted(e), ReplyBroadcast = false,
            UnfurlLinks = false, UnfurlMedia = false, Mrkdwn = true,
            Metadata = new MessageMetadata("pausebot_delivery", JsonSerializer.SerializeToElement(new { delivery_id = "d-1" })),
        }, Ct),
        ["IChatApi.PostEphemeralAsync"] = (s, _, e) => s.Chat.PostEphemeralAsync(DefaultSeed.Alice, new Message
        {
            Channel = DefaultSeed.Chordus, Text = "only you", Blocks = [Section("only you")], ThreadTs = Posted(e),
        }, Ct),
        ["IChatApi.UpdateAsync"] = (s, _, e) => s.Chat.UpdateAsync(new MessageUpdate
        {
            Channel = DefaultSeed.Chordus, Ts = Posted(e), Text = "edited", Blocks = [Section("edited")],
        }, Ct),
        ["IViewsApi.PublishAsync"] = (s, _, e) => PublishTwiceAsync(s),
        ["IViewsApi.OpenAsync"] = (s, _, e) => s.Views.OpenAsync(e.IssueTriggerId(), AModal(), Ct),
        ["IViewsApi.UpdateAsync"] = async (s, _, e) =>
        {
            var opened = await s.Views.OpenAsync(e.IssueTriggerId(), AModal(), Ct);
            await s.Views.UpdateAsync(AModal(), viewId: opened.View!.Id, hash: opened.View.Hash, ct: Ct);
        },
        ["IConversationsApi.MembersAsync"] = (s, _, _) => s.Conversations.AllMembersAsync(DefaultSeed.Chordus, Ct),
        ["IConversationsApi.InfoAsync"] = (s, _, _) => s.Conversations.InfoAsync(DefaultSeed.Leads, Ct),
        ["IConversationsApi.OpenAsync"] = (s, _, _) => s.Conversations.OpenAsync([DefaultSeed.Alice], Ct),
        ["IConversationsApi.HistoryAsync"] = (s, _, e) => s.Conversations.HistoryAsync(DefaultSeed.Chordus, latestTs: "9999999999.000000",
            oldestTs: "0", inclusive: true, limit: 10, includeAllMetadata: true, cursor: null, ct: Ct),
        ["IConversationsApi.RepliesAsync"] = (s, _, e) => s.Conversations.RepliesAsync(DefaultSeed.Chordus, Posted(e), latestTs: "9999999999.000000",
            oldestTs: "0", inclusive: true, limit: 10, includeAllMetadata: true, cursor: null, ct: Ct),
        ["IUsersApi.InfoAsync"] = (s, _, _) => s.Users.InfoAsync(DefaultSeed.Alice, Ct),
        ["IUsersApi.LookupByEmailAsync"] = (s, _, e) => s.Users.LookupByEmailAsync(e.Workspace.FindUser(DefaultSeed.Alice)!.Email!, Ct),
        ["IAuthApi.TestAsync"] = (s, _, _) => s.Auth.TestAsync(Ct),
        ["IAppsApi.ConnectionsOpenAsync"] = (_, a, e) => a.ConnectionsOpenAsync(e.AppToken, Ct),
    };

    [Fact]
    public void EveryClientMethod_IsCalledByTheConformanceReport()
    {
        var methods = typeof(ISlackApiClient).Assembly.GetExportedTypes()
            .Where(t => t.IsInterface && t.Namespace == typeof(ISlackApiClient).Namespace && t.Name.EndsWith("Api", StringComparison.Ordinal))
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance).Select(m => $"{t.Name}.{m.Name}"));

        Assert.Equal(methods.Order(StringComparer.Ordinal), Calls.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task EveryClientMethod_CallsItsMethodAsTheReferenceDescribesIt()
    {
        await using var emulator = await SlackEmulator.StartAsync(new SlackEmulatorOptions { EnforceRateLimits = false, BotScopes = null }, Ct);
        await using var services = new ServiceCollection()
            .AddSlackApi(o => { o.BotToken = emulator.BotToken; o.ApiBaseUrl = emulator.ApiBaseUrl; })
            .BuildServiceProvider();
        var slack = services.GetRequiredService<ISlackApiClient>();
        var apps = services.GetRequiredService<IAppsApi>();

        foreach (var (name, call) in Calls.OrderBy(c => c.Key, StringComparer.Ordinal))
            await call(slack, apps, emulator);

        var report = ClientConformanceReport.Build(emulator.Calls.All, HandledByName);
        TestContext.Current.TestOutputHelper?.WriteLine(report.Text);
        await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, "client-conformance.txt"), report.Text, Ct);
        Assert.True(report.Problems.Count == 0, report.Text);
        Assert.All(emulator.Calls.All, c => Assert.True(c.Ok, c.ToString()));
    }

    [Fact]
    public async Task Report_ClientHandlesACodeTheMethodNeverReturns_Fails()
    {
        await using var emulator = await SlackEmulator.StartAsync(new SlackEmulatorOptions { EnforceRateLimits = false }, Ct);
        await using var services = new ServiceCollection()
            .AddSlackApi(o => { o.BotToken = emulator.BotToken; o.ApiBaseUrl = emulator.ApiBaseUrl; })
            .BuildServiceProvider();
        await services.GetRequiredService<ISlackApiClient>().Auth.TestAsync(Ct);

        var report = ClientConformanceReport.Build(emulator.Calls.All, r => [.. HandledByName(r), new("channel_not_found", "retried")]);

        Assert.Equal(["auth.test: handles channel_not_found, which Slack does not document for it"], report.Problems);
        Assert.Contains("FAIL: handles channel_not_found", report.Text, StringComparison.Ordinal);
    }

    /// <summary>
    /// The error codes the client acts on by name for <paramref name="reference"/>'s method: HTTP 429 (<c>ratelimited</c>) is
    /// retried after <c>Retry-After</c> for every method (SlackResilience); the documented codes after which a call may have
    /// taken effect (<see cref="SlackApiException.MayHaveTakenEffect"/>) make a failure ambiguous; <c>apps.connections.open</c>
    /// stops the Socket Mode client on the errors no reconnect can fix.
    /// </summary>
    private static IReadOnlyList<HandledError> HandledByName(MethodReference reference)
    {
        var handled = new List<HandledError> { new("ratelimited", "retried after Retry-After") };
        handled.AddRange(reference.Errors.Concat(SlackCommonErrors.All).Distinct().Order(StringComparer.Ordinal)
            .Where(code => new SlackApiException(reference.Name, code).MayHaveTakenEffect)
            .Select(code => new HandledError(code, "may have taken effect")));
        if (reference.Name == "apps.connections.open")
            handled.AddRange(SocketModeClient.FatalErrors.Order(StringComparer.Ordinal).Select(code => new HandledError(code, "Socket Mode client stops")));
        return handled;
    }

    private static async Task PublishTwiceAsync(ISlackApiClient slack)
    {
        var first = await slack.Views.PublishAsync(DefaultSeed.Alice, Home([Section("home")]), ct: Ct);
        await slack.Views.PublishAsync(DefaultSeed.Alice, Home([Section("home")], "home", "meta"), first.View!.Hash, Ct);
    }

    private static PauseBot.Slack.Blocks.ModalView AModal() =>
        Modal("form", "Form", [TextInput("b", "Label", "a")], submit: "Save", close: "Cancel", privateMetadata: "m");

    private static string Posted(SlackEmulator e) =>
        e.Workspace.Messages.Add(DefaultSeed.Chordus, "parent", null, null, e.Workspace.BotUserId, e.Workspace.BotId, null).Ts;
}
