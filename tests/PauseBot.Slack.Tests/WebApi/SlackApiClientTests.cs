using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PauseBot.Slack.Blocks;
using PauseBot.Slack.Handlers;
using PauseBot.Slack.Inbound;
using PauseBot.Slack.Tests.TestSupport;
using PauseBot.Slack.WebApi;

namespace PauseBot.Slack.Tests.WebApi;

public sealed partial class SlackApiClientTests : IDisposable
{
    private const string Token = "xoxb-test-token";
    private readonly FakeTimeProvider time = new(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000));
    private readonly FakeHttpHandler http = new();
    private readonly ServiceProvider services;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private ISlackApiClient Sut => services.GetRequiredService<ISlackApiClient>();

    public SlackApiClientTests()
    {
        services = new ServiceCollection()
            .AddSingleton<TimeProvider>(time)
            .AddSlackApi(o => { o.BotToken = Token; o.ApiBaseUrl = new Uri("https://slack.test/api"); })
            .ConfigureHttpClientDefaults(b => b.ConfigurePrimaryHttpMessageHandler(() => http))
            .BuildServiceProvider();
    }

    [Fact]
    public async Task PostMessage_Ok_JsonPostWithBearerAndParsedResponse()
    {
        http.Json(Payloads.Text("web_chat_postMessage_ok_docs.json"));
        var response = await Sut.Chat.PostMessageAsync(new Message
        {
            Channel = "C123ABC456", Text = "hi", Blocks = [Slack.Blocks.Blocks.Section("*hi*")],
        }, Ct);
        Assert.Equal(("C123ABC456", "1503435956.000247"), (response.Channel, response.Ts));
        var request = Assert.Single(http.Requests);
        Assert.Equal("https://slack.test/api/chat.postMessage", request.Uri.ToString());
        Assert.Equal($"Bearer {Token}", request.Authorization);
        Assert.Equal("application/json; charset=utf-8", request.ContentType);
        Assert.Equal("""{"channel":"C123ABC456","text":"hi","blocks":[{"type":"section","text":{"type":"mrkdwn","text":"*hi*"}}]}""", request.Body);
    }

    [Fact]
    public async Task ViewsPublish_OkFalse_SlackApiExceptionWithErrorAndMessages()
    {
        http.Json(Payloads.Text("web_views_publish_error_invalid_arguments_docs.json"));
        var ex = await Assert.ThrowsAsync<SlackApiException>(() =>
            Sut.Views.PublishAsync("U1", Slack.Blocks.Blocks.Home([Slack.Blocks.Blocks.Divider()]), ct: Ct));
        Assert.Equal(("views.publish", "invalid_arguments"), (ex.Method, ex.Error));
        Assert.Equal(["invalid `user_id`"], ex.ResponseMessages);
        Assert.DoesNotContain(Token, ex.Message, StringComparison.Ordinal);
        Assert.Single(http.Requests);
        Assert.Contains("\"user_id\":\"U1\"", http.Requests[0].Body, StringComparison.Ordinal);
        Assert.Contains("\"view\":{\"type\":\"home\"", http.Requests[0].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Call_NonJson200_InvalidResponse()
    {
        http.Respond(HttpStatusCode.OK, "<html>", "text/html");
        var ex = await Assert.ThrowsAsync<SlackApiException>(() => Sut.Chat.UpdateAsync(new MessageUpdate { Channel = "C1", Ts = "1.2", Text = "t" }, Ct));
        Assert.Equal("invalid_response", ex.Error);
    }

    [Fact]
    public async Task AllMembers_TwoPages_FollowsCursor()
    {
        http.Json(Payloads.Text("web_conversations_members_paginated_docs.json"))
            .Json("""{"ok":true,"members":["U999"],"response_metadata":{"next_cursor":""}}""");
        var members = await Sut.Conversations.AllMembersAsync("C1", Ct);
        Assert.Equal(["U023BECGF", "U061F7AUR", "W012A3CDE", "U999"], members);
        Assert.Equal("channel=C1&limit=200", http.Requests[0].Body);
        Assert.Equal("channel=C1&cursor=e3VzZXJfaWQ6IFcxMjM0NTY3fQ%3D%3D&limit=200", http.Requests[1].Body);
    }

    [Fact]
    public async Task AuthTest_SampleResponse_Parsed()
    {
        http.Json(Payloads.Text("web_auth_test_bot_token_docs.json"));
        var me = await Sut.Auth.TestAsync(Ct);
        Assert.Equal(("W23456789", "BZYBOTHED", "T0G9PQBBK"), (me.UserId, me.BotId, me.TeamId));
    }

    [Fact]
    public async Task BotIdentity_CalledTwice_OneAuthTest()
    {
        http.Json(Payloads.Text("web_auth_test_bot_token_docs.json"));
        var provider = services.GetRequiredService<IBotIdentityProvider>();
        await provider.GetAsync(Ct);
        Assert.Equal(new BotIdentity("W23456789", "BZYBOTHED", "T0G9PQBBK"), await provider.GetAsync(Ct));
        Assert.Single(http.Requests);
    }

    [Fact]
    public async Task ConversationsOpenAndInfo_ReturnChannel()
    {
        http.Json("""{"ok":true,"channel":{"id":"D069C7QFK"}}""")
            .Json("""{"ok":true,"channel":{"id":"C1","name":"general","is_channel":true,"is_private":false,"is_im":false,"is_archived":true}}""");
        Assert.Equal("D069C7QFK", await Sut.Conversations.OpenAsync(["U1", "U2"], Ct));
        Assert.Equal("""{"users":"U1,U2"}""", http.Requests[0].Body);
        var info = await Sut.Conversations.InfoAsync("C1", Ct);
        Assert.Equal(("general", true, true), (info.Name, info.IsChannel, info.IsArchived));
    }

    [Fact]
    public async Task NoBlocks_FieldOmitted_ButChatUpdatesEmptyListRemovesThem()
    {
        http.Json("""{"ok":true,"channel":"C1","ts":"1.2"}""").Json("""{"ok":true,"message_ts":"1.3"}""")
            .Json("""{"ok":true,"channel":"C1","ts":"1.2"}""").Json("""{"ok":true,"channel":"C1","ts":"1.2"}""");

        await Sut.Chat.PostMessageAsync(new Message { Channel = "C1", Text = "hi", Blocks = [] }, Ct);
        await Sut.Chat.PostEphemeralAsync("U1", new Message { Channel = "C1", Text = "hi", Blocks = [] }, Ct);
        await Sut.Chat.UpdateAsync(new MessageUpdate { Channel = "C1", Ts = "1.2", Text = "kept blocks" }, Ct);
        await Sut.Chat.UpdateAsync(new MessageUpdate { Channel = "C1", Ts = "1.2", Text = "no blocks", Blocks = [] }, Ct);

        Assert.Equal("""{"channel":"C1","text":"hi"}""", http.Requests[0].Body);
        Assert.Equal("""{"channel":"C1","text":"hi","user":"U1"}""", http.Requests[1].Body);
        Assert.Equal("""{"channel":"C1","ts":"1.2","text":"kept blocks"}""", http.Requests[2].Body);
        Assert.Equal("""{"channel":"C1","ts":"1.2","text":"no blocks","blocks":[]}""", http.Requests[3].Body);
    }

    [Fact]
    public async Task LookupByEmail_FormPostAndUserWithEmail()
    {
        http.Json("""{"ok":true,"user":{"id":"W012A3CDE","team_id":"T012AB3C4","name":"spengler","tz":"America/Los_Angeles","tz_offset":-25200,"profile":{"display_name":"spengler","email":"spengler@ghostbusters.example.com"}}}""")
            .Json("""{"ok":false,"error":"users_not_found"}""");

        var user = await Sut.Users.LookupByEmailAsync("spengler@ghostbusters.example.com", Ct);
        var missing = await Assert.ThrowsAsync<SlackApiException>(() => Sut.Users.LookupByEmailAsync("nobody@example.com", Ct));

        Assert.Equal(("W012A3CDE", "America/Los_Angeles", "spengler@ghostbusters.example.com"), (user.Id, user.Tz, user.Profile!.Email));
        Assert.Equal("https://slack.test/api/users.lookupByEmail", http.Requests[0].Uri.ToString());
        Assert.Equal("application/x-www-form-urlencoded", http.Requests[0].ContentType);
        Assert.Equal("email=spengler%40ghostbusters.example.com", http.Requests[0].Body);
        Assert.Equal(("users.lookupByEmail", "users_not_found"), (missing.Method, missing.Error));
    }

    [Fact]
    public async Task ResponseUrl_Post_PlainJsonWithoutToken()
    {
        http.Respond(HttpStatusCode.OK, "ok", "text/plain");
        await services.GetRequiredService<IResponseUrlClient>().PostAsync("https://hooks.slack.com/actions/T1/1/x", SlackResponse.Ephemeral("hi"), Ct);
        var request = Assert.Single(http.Requests);
        Assert.Null(request.Authorization);
        Assert.Equal("""{"text":"hi","response_type":"ephemeral"}""", request.Body);
    }

    [Fact]
    public async Task ViewsOpen_ModalShape_Sent()
    {
        http.Json("""{"ok":true,"view":{"id":"V1","hash":"h1","type":"modal"}}""");
        var modal = Slack.Blocks.Blocks.Modal("cb", "Title", [Slack.Blocks.Blocks.TextInput("b", "Label", "a")], submit: "Go");
        var response = await Sut.Views.OpenAsync("trigger", modal, Ct);
        Assert.Equal(("V1", "h1"), (response.ViewId, response.Hash));
        Assert.StartsWith("""{"trigger_id":"trigger","view":{"type":"modal","title":{"type":"plain_text","text":"Title"}""", http.Requests[0].Body, StringComparison.Ordinal);
    }

    /// <summary>Moves the fake clock until the call finishes, so Retry-After and backoff waits pass instantly.</summary>
    public void Dispose() => services.Dispose();
}
