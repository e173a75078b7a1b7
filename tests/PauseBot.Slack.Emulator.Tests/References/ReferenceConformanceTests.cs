using System.Text.Json.Nodes;
using PauseBot.Slack.Emulator;
using static PauseBot.Slack.Emulator.Tests.References.ReferenceCalls;

namespace PauseBot.Slack.Emulator.Tests.References;

/// <summary>
/// Every method the emulator serves behaves as its Slack method reference says: the documented success shape, Slack's error
/// for each missing required argument, a JSON body ignored where Slack reads only form fields, <c>missing_scope</c> for the
/// scope the reference names, its tier's rate limit — and never an error code the reference does not document.
/// </summary>
public sealed class ReferenceConformanceTests
{
    public static TheoryData<string> Methods => new(SlackEmulator.EmulatedMethods.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task ValidCall_Succeeds_WithTheDocumentedSuccessFields(string method)
    {
        // Every scope granted: scopes are WithoutScopes_…'s subject (the manifest does not request every scope a method may need).
        await using var emu = await SlackEmulator.StartAsync(new SlackEmulatorOptions { BotScopes = null }, Ct);
        var reference = SlackMethodReferences.Find(method)!;

        var answer = await SendValidAsync(emu, method);

        Assert.True(answer["ok"]!.GetValue<bool>(), answer.ToJsonString());
        // response_metadata (the next page's cursor) is there only when there is a next page.
        var documented = reference.SuccessExample!.Select(kv => kv.Key).Where(k => k != "response_metadata");
        Assert.All(documented, key => Assert.True(answer.ContainsKey(key), $"{method} answers without '{key}': {answer.ToJsonString()}"));
        AssertConforming(emu);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task MissingRequiredArgument_AnsweredWithADocumentedError(string method)
    {
        await using var emu = await SlackEmulator.StartAsync(null, Ct);
        var reference = SlackMethodReferences.Find(method)!;

        foreach (var required in reference.RequiredArguments)
        {
            var args = ValidArgs(method, emu);
            args.Remove(required);
            var answer = await SendAsync(emu, method, args, reference.JsonInputSupported);

            Assert.False(answer["ok"]!.GetValue<bool>(), $"{method} without {required} succeeded");
            Assert.True(reference.Documents(answer["error"]!.GetValue<string>()), answer.ToJsonString());
            Assert.Contains(new ConformanceIssue(ConformanceIssueKind.MissingRequiredArgument, required), emu.Calls.All[^1].Issues);
        }
        AssertNoUndocumentedErrors(emu);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task JsonBody_ToAFormOnlyMethod_IsIgnoredAsSlackIgnoresIt(string method)
    {
        await using var emu = await SlackEmulator.StartAsync(null, Ct);
        var reference = SlackMethodReferences.Find(method)!;
        if (reference.JsonInputSupported) return;

        var answer = await SendAsync(emu, method, ValidArgs(method, emu), asJson: true);

        var call = emu.Calls.All[^1];
        Assert.Contains(call.Issues, i => i.Kind == ConformanceIssueKind.JsonBodyToFormOnlyMethod);
        Assert.Equal(CallTransport.Json, call.Transport);
        Assert.Equal(reference.RequiredArguments.Count == 0, answer["ok"]!.GetValue<bool>());
        AssertNoUndocumentedErrors(emu);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task WithoutScopes_EveryMethodThatNeedsOne_IsMissingScope(string method)
    {
        await using var emu = await SlackEmulator.StartAsync(null, Ct);
        var reference = SlackMethodReferences.Find(method)!;
        var args = ValidArgs(method, emu);
        emu.Workspace.BotScopes = new HashSet<string>();

        var answer = await SendAsync(emu, method, args, reference.JsonInputSupported);

        if (reference.BotScopes.Count == 0)
        {
            Assert.True(answer["ok"]!.GetValue<bool>(), answer.ToJsonString());
            return;
        }
        Assert.Equal("missing_scope", answer["error"]?.GetValue<string>());
        Assert.Contains(answer["needed"]!.GetValue<string>(), reference.BotScopes);
        Assert.Equal("", answer["provided"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task BadArguments_AreRefusedOnlyWithDocumentedErrors(string method)
    {
        await using var emu = await SlackEmulator.StartAsync(new SlackEmulatorOptions { BotScopes = null }, Ct);
        var reference = SlackMethodReferences.Find(method)!;
        emu.Workspace.AddChannel("C0ARCHIVED", "archived", false, emu.Workspace.BotUserId, DefaultSeed.Alice);
        emu.Workspace.ArchiveChannel("C0ARCHIVED");
        var bogus = new Dictionary<string, string[]>
        {
            ["channel"] = ["C0NOPE", DefaultSeed.Random, "C0ARCHIVED", DefaultSeed.Alice],
            ["user"] = ["U0NOPE", DefaultSeed.Alice[..^1]], ["users"] = ["U0NOPE", $"{DefaultSeed.Alice},{DefaultSeed.Bob}"],
            ["user_id"] = ["U0NOPE"], ["ts"] = ["1.000001", "yesterday"], ["email"] = ["nobody@example.com"],
            ["post_at"] = ["1", "99999999999", "soon"], ["view_id"] = ["V0NOPE"], ["text"] = [""],
        };

        foreach (var (argument, values) in bogus)
        {
            foreach (var value in values)
            {
                var args = ValidArgs(method, emu);
                if (!args.ContainsKey(argument)) continue;
                args[argument] = value;
                var answer = await SendAsync(emu, method, args, reference.JsonInputSupported);
                if (answer["ok"]!.GetValue<bool>()) continue;
                Assert.True(reference.Documents(answer["error"]!.GetValue<string>()), $"{method} {argument}={value}: {answer.ToJsonString()}");
            }
        }
        AssertNoUndocumentedErrors(emu);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task RateLimit_IsTheReferencesTier(string method)
    {
        await using var emu = await SlackEmulator.StartAsync(null, Ct);
        var tier = SlackMethodReferences.Find(method)!.Tier;

        Assert.Equal(tier, RateLimiter.TierOf(method));
        if (tier != RateLimitTier.Special) Assert.Equal((int)tier, emu.Limits.PerMinuteLimit(method));
    }

    private static void AssertConforming(SlackEmulator emu) =>
        Assert.All(emu.Calls.All, c => Assert.True(c.Issues.Count == 0, $"{c}: {string.Join("; ", c.Issues)}"));

    private static void AssertNoUndocumentedErrors(SlackEmulator emu) =>
        Assert.DoesNotContain(emu.Calls.All.SelectMany(c => c.Issues), i => i.Kind == ConformanceIssueKind.UndocumentedError);
}
