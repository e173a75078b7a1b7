using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PauseBot.Slack.Tests.TestSupport;
using PauseBot.Slack.WebApi;

namespace PauseBot.Slack.Tests.WebApi;

/// <summary>Ambiguous (the post may be in Slack: look before posting again) versus definite (Slack did nothing).</summary>
public sealed class SlackFailureTests
{
    public static TheoryData<string, int?> Ambiguous => new()
    {
        { "timeout", null },            // the client's per-attempt timeout fired; Slack may have posted
        { "request_failed", null },     // connection dropped after the request was sent
        { "invalid_response", 200 },    // an answer arrived but could not be read
        { "http_500", 500 },
        { "http_502", 502 },
        { "http_503", 503 },
        { "http_504", 504 },
        { "service_unavailable", 503 }, // ok:false with a 5xx status
        { "internal_error", 200 },      // Slack: "some aspect of the operation may have succeeded"
        { "fatal_error", 200 },
    };

    public static TheoryData<string, int?> Definite => new()
    {
        { "channel_not_found", 200 },
        { "not_in_channel", 200 },
        { "is_archived", 200 },
        { "invalid_blocks", 200 },
        { "msg_too_long", 200 },
        { "ratelimited", 429 },         // a 429 means the post was refused
        { "http_429", 429 },
        { "invalid_auth", 200 },
        { "missing_scope", 200 },
        { "http_400", 400 },
        { "http_404", 404 },
    };

    [Theory]
    [MemberData(nameof(Ambiguous))]
    public void MayHaveTakenEffect_AmbiguousSlackFailure_True(string error, int? status) =>
        Assert.True(SlackFailure.MayHaveTakenEffect(new SlackApiException("chat.postMessage", error) { StatusCode = status }));

    [Theory]
    [MemberData(nameof(Definite))]
    public void MayHaveTakenEffect_DefiniteSlackFailure_False(string error, int? status) =>
        Assert.False(SlackFailure.MayHaveTakenEffect(new SlackApiException("chat.postMessage", error) { StatusCode = status }));

    [Fact]
    public void MayHaveTakenEffect_NetworkErrorsOutsideTheClient_True()
    {
        Assert.True(SlackFailure.MayHaveTakenEffect(new HttpRequestException("reset")));
        Assert.True(SlackFailure.MayHaveTakenEffect(new TaskCanceledException("timed out")));
        Assert.True(SlackFailure.MayHaveTakenEffect(new TimeoutException()));
    }

    [Fact]
    public void MayHaveTakenEffect_FailureBeforeSending_False()
    {
        Assert.False(SlackFailure.MayHaveTakenEffect(new ArgumentException("too many blocks")));
        Assert.False(SlackFailure.MayHaveTakenEffect(new InvalidOperationException()));
    }

    [Fact]
    public async Task MayHaveTakenEffect_TransportFailures_CarryTheirStatus()
    {
        using var http = new FakeHttpHandler();
        http.Respond(HttpStatusCode.InternalServerError, """{"ok":false,"error":"service_unavailable"}""");
        using var services = new ServiceCollection()
            .AddSlackApi(o => { o.BotToken = "xoxb-t"; o.ApiBaseUrl = new Uri("https://slack.test/api/"); })
            .ConfigureHttpClientDefaults(b => b.ConfigurePrimaryHttpMessageHandler(() => http))
            .BuildServiceProvider();
        var slack = services.GetRequiredService<ISlackApiClient>();

        var ex = await Assert.ThrowsAsync<SlackApiException>(() =>
            slack.Chat.PostMessageAsync(new Message { Channel = "C1", Text = "x" }, TestContext.Current.CancellationToken));

        Assert.Equal(("service_unavailable", 500), (ex.Error, ex.StatusCode));
        Assert.True(SlackFailure.MayHaveTakenEffect(ex));
    }
}
