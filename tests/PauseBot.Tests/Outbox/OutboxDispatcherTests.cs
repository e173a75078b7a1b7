using PauseBot.Outbox;
using PauseBot.Persistence.Outbox;
using PauseBot.Slack.WebApi;

namespace PauseBot.Tests.Outbox;

/// <summary>Which failed attempts mark a row "may be in Slack already" (look in the history before posting again).</summary>
public class OutboxDispatcherTests
{
    public static TheoryData<Exception, bool> PostFailures => new()
    {
        { new SlackApiException("chat.postMessage", "timeout"), true },
        { new SlackApiException("chat.postMessage", "request_failed"), true },
        { new SlackApiException("chat.postMessage", "http_503") { StatusCode = 503 }, true },
        { new SlackApiException("chat.postMessage", "http_500") { StatusCode = 500 }, true },
        { new HttpRequestException("reset"), true },
        { new SlackApiException("chat.postMessage", "ratelimited") { StatusCode = 429 }, false },
        { new SlackApiException("chat.postMessage", "channel_not_found") { StatusCode = 200 }, false },
        // The lookup failed, not the post: nothing new may be in Slack.
        { new SlackApiException("conversations.history", "timeout"), false },
        { new SlackApiException("conversations.open", "http_503") { StatusCode = 503 }, false },
    };

    [Theory]
    [MemberData(nameof(PostFailures))]
    public void MayHavePosted_PostMessageRow_OnlyAfterAnAmbiguousFailureOfThePost(Exception failure, bool expected) =>
        Assert.Equal(expected, OutboxDispatcher.MayHavePosted(OutboxKind.PostMessage, failure));

    [Theory]
    [InlineData(OutboxKind.UpdateMessage)]
    [InlineData(OutboxKind.PublishHome)]
    [InlineData(OutboxKind.Webhook)]
    public void MayHavePosted_OtherKinds_NeverBecauseTheyAreSafeToRepeat(OutboxKind kind) =>
        Assert.False(OutboxDispatcher.MayHavePosted(kind, new SlackApiException("chat.update", "timeout")));
}
