using System.Net;
using PauseBot.Slack.WebApi;

namespace PauseBot.Slack.Tests.WebApi;

public sealed partial class SlackApiClientTests
{
    // Shaped like the documented conversations.history answer (newest first, has_more, pin_count, next_ts cursor).
    private const string HistoryPage = """
        {"ok":true,"messages":[
          {"type":"message","user":"U012AB3CDE","text":"second","ts":"1512104434.000490"},
          {"type":"message","subtype":"bot_message","bot_id":"B1","app_id":"A1","text":"first","ts":"1512085950.000216",
           "metadata":{"event_type":"pausebot_delivery","event_payload":{"delivery_id":"d-1"}}}],
         "has_more":true,"pin_count":0,"channel_actions_ts":null,"channel_actions_count":0,
         "response_metadata":{"next_cursor":"bmV4dF90czoxNTEyMDg1ODYxMDAwNTQz"}}
        """;

    [Fact]
    public async Task History_AllArguments_FormPostAndTypedPage()
    {
        http.Json(HistoryPage);

        var page = await Sut.Conversations.HistoryAsync("C1", latestTs: "1512104500.000000", oldestTs: "1512085000.000000", inclusive: true,
            limit: 200, includeAllMetadata: true, cursor: "abc=", ct: Ct);

        Assert.Equal("conversations.history", http.Requests[0].Method);
        Assert.Equal("channel=C1&latest=1512104500.000000&oldest=1512085000.000000&inclusive=true&limit=200&include_all_metadata=true&cursor=abc%3D",
            http.Requests[0].Body);
        Assert.True(page.HasMore);
        Assert.Equal("bmV4dF90czoxNTEyMDg1ODYxMDAwNTQz", page.NextCursor);
        Assert.Equal(["1512104434.000490", "1512085950.000216"], page.Messages.Select(m => m.Ts));
        var bot = page.Messages[1];
        Assert.Equal(("bot_message", "B1", "pausebot_delivery"), (bot.Subtype, bot.BotId, bot.Metadata?.EventType));
        Assert.Equal("d-1", bot.Metadata!.EventPayload.GetProperty("delivery_id").GetString());
        Assert.Null(page.Messages[0].Metadata);
    }

    [Fact]
    public async Task History_Defaults_OnlyChannelAndLimitSent()
    {
        http.Json("""{"ok":true,"messages":[],"has_more":false,"pin_count":0}""");

        var page = await Sut.Conversations.HistoryAsync("D1", ct: Ct);

        Assert.Equal("channel=D1&limit=100", http.Requests[0].Body);
        Assert.Empty(page.Messages);
        Assert.False(page.HasMore);
        Assert.Null(page.NextCursor);
    }

    [Fact]
    public async Task History_MissingScope_SlackApiException()
    {
        http.Json("""{"ok":false,"error":"missing_scope","needed":"channels:history","provided":"chat:write"}""");

        var ex = await Assert.ThrowsAsync<SlackApiException>(() => Sut.Conversations.HistoryAsync("C1", ct: Ct));

        Assert.Equal(("conversations.history", "missing_scope"), (ex.Method, ex.Error));
        Assert.False(ex.MayHaveTakenEffect);
    }

    [Fact]
    public async Task History_ServerErrorThenOk_RetriedBecauseReadingIsIdempotent()
    {
        http.Respond(HttpStatusCode.ServiceUnavailable, "down", "text/plain").Json(HistoryPage);

        var page = await CompleteAsync(Sut.Conversations.HistoryAsync("C1", ct: Ct));

        Assert.Equal(2, page.Messages.Count);
        Assert.Equal(2, http.Requests.Count);
    }

    [Fact]
    public async Task Replies_ThreadTs_FormPostAndParentThenReplies()
    {
        http.Json("""
            {"ok":true,"messages":[{"type":"message","user":"U1","text":"question","ts":"1512085950.000216","thread_ts":"1512085950.000216"},
              {"type":"message","bot_id":"B1","text":"answer","ts":"1512104434.000490","thread_ts":"1512085950.000216"}],"has_more":false}
            """);

        var thread = await Sut.Conversations.RepliesAsync("C1", "1512085950.000216", oldestTs: "1512085000", limit: 200, includeAllMetadata: true, ct: Ct);

        Assert.Equal("conversations.replies", http.Requests[0].Method);
        Assert.Equal("channel=C1&ts=1512085950.000216&oldest=1512085000&limit=200&include_all_metadata=true", http.Requests[0].Body);
        Assert.Equal(["question", "answer"], thread.Messages.Select(m => m.Text));
        Assert.Equal("1512085950.000216", thread.Messages[1].ThreadTs);
        Assert.False(thread.HasMore);
    }
}
