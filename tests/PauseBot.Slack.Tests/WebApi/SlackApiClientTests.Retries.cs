using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PauseBot.Slack.Blocks;
using PauseBot.Slack.Handlers;
using PauseBot.Slack.Inbound;
using PauseBot.Slack.Tests.TestSupport;
using PauseBot.Slack.WebApi;

namespace PauseBot.Slack.Tests.WebApi;

public sealed partial class SlackApiClientTests
{
    [Fact]
    public async Task Call_RateLimitedThenOk_RetriesAfterRetryAfter()
    {
        http.Respond(HttpStatusCode.TooManyRequests, """{"ok":false,"error":"ratelimited"}""", retryAfter: TimeSpan.FromSeconds(1))
            .Json(Payloads.Text("web_chat_postMessage_ok_docs.json"));
        var start = time.GetUtcNow();
        var response = await CompleteAsync(Sut.Chat.PostMessageAsync(new Message { Channel = "C1", Text = "x" }, Ct));
        Assert.True(response.Ok);
        Assert.Equal(2, http.Requests.Count);
        Assert.True(time.GetUtcNow() - start >= TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Call_AlwaysRateLimited_SlackApiExceptionRatelimited()
    {
        for (var i = 0; i < 4; i++)
            http.Respond(HttpStatusCode.TooManyRequests, """{"ok":false,"error":"ratelimited"}""", retryAfter: TimeSpan.FromSeconds(1));
        var ex = await Assert.ThrowsAsync<SlackApiException>(() => CompleteAsync(Sut.Auth.TestAsync(Ct)));
        Assert.Equal(("auth.test", "ratelimited", 4), (ex.Method, ex.Error, http.Requests.Count));
    }

    [Fact]
    public async Task PostMessage_ServerError_NotRetried()
    {
        http.Respond(HttpStatusCode.InternalServerError, "oops", "text/plain");
        var ex = await Assert.ThrowsAsync<SlackApiException>(() => CompleteAsync(Sut.Chat.PostMessageAsync(new Message { Channel = "C1", Text = "x" }, Ct)));
        Assert.Equal("http_500", ex.Error);
        Assert.Single(http.Requests);
    }

    [Fact]
    public async Task UsersInfo_ServerErrorThenOk_Retried()
    {
        http.Respond(HttpStatusCode.BadGateway, "<html>", "text/html")
            .Json("""{"ok":true,"user":{"id":"U1","team_id":"T1","name":"jane","real_name":"Jane","tz":"Europe/Berlin","tz_offset":3600,"is_bot":false,"deleted":false,"profile":{"display_name":"jd","real_name":"Jane"}}}""");
        var user = await CompleteAsync(Sut.Users.InfoAsync("U1", Ct));
        Assert.Equal(("U1", "Europe/Berlin", 3600, "jd"), (user.Id, user.Tz, user.TzOffset, user.Profile!.DisplayName));
        Assert.Equal(2, http.Requests.Count);
        Assert.Equal("user=U1", http.Requests[1].Body);
        Assert.Equal("application/x-www-form-urlencoded", http.Requests[1].ContentType);
    }

    private async Task<T> CompleteAsync<T>(Task<T> call)
    {
        for (var i = 0; i < 1000 && !call.IsCompleted; i++)
        {
            time.Advance(TimeSpan.FromMilliseconds(500));
            await Task.Delay(1, Ct);
        }
        return await call;
    }
}
