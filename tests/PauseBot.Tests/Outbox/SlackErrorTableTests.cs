using PauseBot.Outbox;
using PauseBot.Persistence.Outbox;
using PauseBot.Slack.Emulator;
using PauseBot.Slack.WebApi;

namespace PauseBot.Tests.Outbox;

/// <summary>
/// The outbox's error table against Slack's method references (embedded in the emulator): it names only codes Slack documents
/// for each method, and classifies every documented code of every method the outbox calls.
/// </summary>
public class SlackErrorTableTests
{
    // The methods outbox rows call: their deliveries (by kind) and the history lookups before a post is repeated.
    private static readonly string[] CalledMethods =
        [.. new[] { OutboxKind.PostMessage, OutboxKind.UpdateMessage, OutboxKind.PublishHome }.Select(OutboxDispatcher.MethodOf),
         .. PostedMessageFinder.Methods];

    public static TheoryData<string> Called => [.. CalledMethods];

    [Theory]
    [MemberData(nameof(Called))]
    public void Table_CalledMethod_ClassifiesEveryCodeItsReferenceDocuments(string method)
    {
        var reference = SlackMethodReferences.Find(method);
        Assert.NotNull(reference);
        Assert.True(SlackErrorTable.Methods.ContainsKey(method), $"{method} has no entry in the table");

        var unclassified = reference.Errors.Concat(SlackCommonErrors.All).Where(code => SlackErrorTable.Of(method, code) is null).Order().ToList();

        Assert.True(unclassified.Count == 0, $"{method} documents codes the table leaves unclassified: {string.Join(", ", unclassified)}");
    }

    [Fact]
    public void Table_EveryMethodEntry_NamesOnlyCodesItsReferenceDocuments()
    {
        var undocumented = SlackErrorTable.Methods
            .SelectMany(m => m.Value.Keys.Where(code => SlackMethodReferences.Find(m.Key)?.Errors.Contains(code) != true).Select(code => $"{m.Key}: {code}"))
            .Order().ToList();

        Assert.True(undocumented.Count == 0, $"The table names codes Slack does not document for the method: {string.Join(", ", undocumented)}");
    }

    [Fact]
    public void Table_CommonGroup_IsExactlySlacksCommonErrors()
    {
        Assert.Equal(SlackCommonErrors.All.Order(StringComparer.Ordinal), SlackErrorTable.Common.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Table_MethodEntries_AreMethodsTheOutboxCalls()
    {
        Assert.Equal(CalledMethods.Order(StringComparer.Ordinal), SlackErrorTable.Methods.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Table_MayHaveTakenEffect_AgreesWithTheClient()
    {
        // The client decides "may be in Slack already" for an ok:false answer (SlackApiException.MayHaveTakenEffect); the table must agree.
        var codes = SlackErrorTable.Methods.SelectMany(m => m.Value.Select(c => (Method: m.Key, Code: c.Key, Class: c.Value)))
            .Concat(SlackErrorTable.Common.Select(c => (Method: "chat.postMessage", Code: c.Key, Class: c.Value)));

        Assert.All(codes, c => Assert.Equal(c.Class == SlackErrorClass.MayHaveTakenEffect,
            new SlackApiException(c.Method, c.Code) { StatusCode = 200 }.MayHaveTakenEffect));
    }

    [Theory]
    [InlineData("chat.postMessage", "channel_not_found", SlackErrorClass.Definite)]
    [InlineData("chat.postMessage", "app_access_restricted", SlackErrorClass.Definite)]
    [InlineData("chat.postMessage", "cannot_reply_to_message", SlackErrorClass.Definite)]
    [InlineData("chat.postMessage", "metadata_too_large", SlackErrorClass.Definite)]
    [InlineData("chat.postMessage", "invalid_metadata_format", SlackErrorClass.Definite)]
    [InlineData("chat.postMessage", "invalid_metadata_schema", SlackErrorClass.Definite)]
    [InlineData("chat.postMessage", "markdown_text_conflict", SlackErrorClass.Definite)]
    [InlineData("chat.postMessage", "rate_limited", SlackErrorClass.Transient)]
    [InlineData("chat.update", "is_inactive", SlackErrorClass.Definite)]
    [InlineData("chat.update", "update_failed", SlackErrorClass.Transient)]
    [InlineData("views.publish", "view_too_large", SlackErrorClass.Definite)]
    [InlineData("views.publish", "not_enabled", SlackErrorClass.Definite)]
    [InlineData("conversations.open", "user_disabled", SlackErrorClass.Definite)]
    [InlineData("conversations.open", "user_not_visible", SlackErrorClass.Definite)]
    [InlineData("conversations.open", "user_not_found", SlackErrorClass.Definite)]
    [InlineData("chat.postMessage", "missing_scope", SlackErrorClass.AppWide)]
    [InlineData("chat.postMessage", "token_revoked", SlackErrorClass.AppWide)]
    [InlineData("views.publish", "ratelimited", SlackErrorClass.Transient)]
    [InlineData("chat.update", "internal_error", SlackErrorClass.MayHaveTakenEffect)]
    public void Of_DocumentedCode_Classified(string method, string code, SlackErrorClass expected) =>
        Assert.Equal(expected, SlackErrorTable.Of(method, code));

    [Theory]
    [InlineData("chat.postMessage", "user_is_bot")]   // documented for no method
    [InlineData("chat.postMessage", "user_not_found")] // conversations.open's and users.info's
    [InlineData("chat.postMessage", "msg_too_long")]  // chat.update's, not chat.postMessage's
    public void Of_CodeTheMethodDoesNotDocument_Null(string method, string code) =>
        Assert.Null(SlackErrorTable.Of(method, code));

    [Theory]
    [InlineData("user_is_bot", 200, SlackErrorClass.Transient)] // undocumented: retried by default
    [InlineData("http_429", 429, SlackErrorClass.Transient)]
    [InlineData("http_503", 503, SlackErrorClass.MayHaveTakenEffect)]
    [InlineData("timeout", null, SlackErrorClass.MayHaveTakenEffect)]
    [InlineData("not_in_channel", 200, SlackErrorClass.Definite)]
    public void Of_Failure_ClassOfTheCall(string code, int? status, SlackErrorClass expected) =>
        Assert.Equal(expected, SlackErrorTable.Of(new SlackApiException("chat.postMessage", code) { StatusCode = status }));
}
