using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using PauseBot.Slack.Handlers;
using PauseBot.Slack.Inbound;
using PauseBot.Slack.Tests.TestSupport;
using PauseBot.Slack.WebApi;
using static PauseBot.Slack.Tests.TestSupport.SignedRequests;

namespace PauseBot.Slack.Tests.Inbound;

public sealed partial class SlackRequestDispatcherTests : IAsyncDisposable
{
    private readonly FakeTimeProvider time = new(DateTimeOffset.FromUnixTimeSeconds(1531420618)); // the official signing vector's time
    private readonly IResponseUrlClient responseUrl = Substitute.For<IResponseUrlClient>();
    private readonly IBotIdentityProvider identity = Substitute.For<IBotIdentityProvider>();
    private readonly ServiceProvider services;
    private readonly SlackRequestDispatcher sut;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private HandlerProbe Probe => services.GetRequiredService<HandlerProbe>();
    private InMemoryInbox Inbox => services.GetRequiredService<InMemoryInbox>();

    public SlackRequestDispatcherTests()
    {
        identity.GetAsync(Arg.Any<CancellationToken>()).Returns(new BotIdentity("UBOT", "BBOT", "T111"));
        var collection = new ServiceCollection()
            .AddSingleton<TimeProvider>(time)
            .AddSingleton<HandlerProbe>()
            .AddSingleton(responseUrl)
            .AddSingleton(identity)
            .AddSlackInbound(o => o.SigningSecret = Secret)
            .AddInMemoryInbox()
            .AddSlackHandlers(h => h
                .Command<EchoCommand>("/echo").Command<SilentCommand>("/silent")
                .Command<SlowCommand>("/slow").Command<ThrowingCommand>("/throw")
                .Event<MessageEvent, MessageRecorder>().Event<AppMention, MessageRecorder>()
                .BlockAction<AckButton>("a")
                .ViewSubmission<FormSubmit>("view-id").ViewSubmission<ThrowingSubmit>("throwing"));
        services = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        sut = services.GetRequiredService<SlackRequestDispatcher>();
    }

    [Fact]
    public async Task Command_Registered_HandlerResponseIsAck()
    {
        var ack = await sut.DispatchAsync(Command("/echo", "hello world", time), Ct);
        Assert.Equal((200, SlackAck.JsonContentType), (ack.StatusCode, ack.ContentType));
        Assert.Equal("""{"text":"echo hello world","response_type":"in_channel"}""", ack.Body);
    }

    [Fact]
    public async Task Command_HandlerReturnsNull_Empty200() =>
        Assert.Equal(SlackAck.Ok, await sut.DispatchAsync(Command("/silent", "", time), Ct));

    [Fact]
    public async Task Command_Unknown_EphemeralUnknownCommand()
    {
        var ack = await sut.DispatchAsync(Command("/nope", "", time), Ct);
        Assert.Equal(200, ack.StatusCode);
        Assert.Contains("don't know the command /nope", ack.Body, StringComparison.Ordinal);
        Assert.Contains("\"response_type\":\"ephemeral\"", ack.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Command_HandlerThrows_200EphemeralApology()
    {
        var ack = await sut.DispatchAsync(Command("/throw", "", time), Ct);
        Assert.Equal(200, ack.StatusCode);
        Assert.Contains("Sorry, something went wrong", ack.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Command_HandlerOverrunsBudget_WorkingOnItThenResponseUrl()
    {
        var pending = sut.DispatchAsync(Command("/slow", "", time), Ct);
        Assert.False(pending.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(2.5));
        var ack = await pending;
        Assert.Contains("Working on it", ack.Body, StringComparison.Ordinal);

        Probe.SlowResult.SetResult(SlackResponse.InChannel("done"));
        await services.GetRequiredService<SlackBackgroundWork>().WhenIdleAsync();
        await responseUrl.Received(1).PostAsync("https://hooks.slack.com/commands/T111/1/x",
            Arg.Is<SlackResponse>(r => r.Text == "done"), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Command_SlackSample_SignedOfficialVectorRoutesToUnknown()
    {
        var vector = Payloads.Json("signing_test_vector_official.json");
        var request = new SlackHttpRequest(SlackEndpoint.Commands, Form, new Dictionary<string, string>
        {
            ["X-Slack-Request-Timestamp"] = vector.GetProperty("x_slack_request_timestamp").GetString()!,
            ["X-Slack-Signature"] = vector.GetProperty("expected_x_slack_signature").GetString()!,
        }, Encoding.UTF8.GetBytes(vector.GetProperty("raw_body").GetString()!));
        var ack = await sut.DispatchAsync(request, Ct);
        Assert.Contains("/webhook-collect", ack.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Command_SslCheck_Ok() =>
        Assert.Equal(SlackAck.Ok, await sut.DispatchAsync(Create(SlackEndpoint.Commands, Form, "ssl_check=1&token=x"u8.ToArray(), time), Ct));

    [Fact]
    public async Task AnyEndpoint_BadSignature_401()
    {
        var request = Command("/echo", "x", time);
        var tampered = request with { Body = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(request.Body.Span).Replace("x", "y")) };
        Assert.Equal(SlackAck.Unauthorized, await sut.DispatchAsync(tampered, Ct));
        Assert.Equal(SlackAck.Unauthorized, await sut.DispatchAsync(request with { Headers = new Dictionary<string, string>() }, Ct));
        Assert.Equal(SlackAck.Unauthorized, await sut.DispatchAsync(
            Create(SlackEndpoint.Events, Json, Payloads.Bytes("events_url_verification.json"), time, secret: "wrong-secret"), Ct));
    }

    [Theory]
    [InlineData("""{"type":"app_rate_limited","team_id":"T1","minute_rate_limited":1518467820,"api_app_id":"A1"}""")]
    [InlineData("""{"type":"something_new"}""")]
    public async Task Events_OtherEnvelopes_200(string body) =>
        Assert.Equal(SlackAck.Ok, await sut.DispatchAsync(Create(SlackEndpoint.Events, Json, Encoding.UTF8.GetBytes(body), time), Ct));

    [Theory]
    [InlineData("""{"type":"view_closed","user":{"id":"U1"}}""")]
    [InlineData("""{"type":"shortcut","callback_id":"x"}""")]
    public async Task Interactions_OtherTypes_200Ignored(string payload) =>
        Assert.Equal(SlackAck.Ok, await sut.DispatchAsync(Interaction(payload, time), Ct));

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
