using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using PauseBot.Sandbox;

namespace PauseBot.Tests.Sandbox;

public class SandboxModeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Build_DevelopmentWithoutCredentials_StartsSandboxWithPageAndOneLogLine()
    {
        await using var sandbox = await SandboxTestHost.StartAsync();

        var page = await sandbox.Http.GetStringAsync("/", Ct);
        Assert.Contains("Acting as", page);
        Assert.Contains("role=\"log\"", page);
        var line = Assert.Single(sandbox.Logs.Lines, l => l.Contains("Sandbox", StringComparison.Ordinal));
        Assert.Contains("Slack:BotToken", line);
        Assert.Contains("Slack:SigningSecret", line);
        Assert.Contains(sandbox.Settings.PageUrl.ToString(), line);
        var auth = await sandbox.Http.PostAsync("api/auth.test", null, Ct);
        Assert.Contains("not_authed", await auth.Content.ReadAsStringAsync(Ct)); // the emulator answers on the bot's own port
    }

    [Fact]
    public async Task Build_SandboxAskedForAllInterfaces_ListensOnLoopbackOnly()
    {
        await using var sandbox = await SandboxTestHost.StartAsync("http://0.0.0.0:0");

        Assert.NotEmpty(sandbox.Addresses);
        Assert.All(sandbox.Addresses, a => Assert.True(new Uri(a).IsLoopback, $"{a} is not loopback"));
    }

    [Fact]
    public async Task Sandbox_UnsignedRequestToTheBot_StillRefused()
    {
        await using var sandbox = await SandboxTestHost.StartAsync();

        using var content = new FormUrlEncodedContent([new("command", "/pause"), new("text", "chordus x")]);
        var response = await sandbox.Http.PostAsync("slack/commands", content, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void Build_OutsideDevelopmentWithoutCredentials_RefusesToStart(string environment)
    {
        var errors = new StringWriter();

        var app = PauseBotHost.Build([$"--environment={environment}", "--Database:ConnectionString=Data Source=:memory:"], errors);

        Assert.Null(app);
        Assert.Contains("Slack:BotToken is missing", errors.ToString());
        Assert.Contains("Slack:SigningSecret is missing", errors.ToString());
    }

    [Theory]
    [InlineData("Development", "--Slack:BotToken=xoxb-1", "Slack:SigningSecret is missing but Slack:BotToken is set")]
    [InlineData("Development", "--Slack:SigningSecret=s", "Slack:BotToken is missing but Slack:SigningSecret is set")]
    [InlineData("Production", "--Slack:BotToken=xoxb-1", "Slack:SigningSecret is missing but Slack:BotToken is set")]
    [InlineData("Production", "--Slack:SigningSecret=s", "Slack:BotToken is missing but Slack:SigningSecret is set")]
    public void Build_OnlyOneCredential_IsAnErrorEverywhere(string environment, string setting, string expected)
    {
        var errors = new StringWriter();

        var app = PauseBotHost.Build([$"--environment={environment}", setting], errors);

        Assert.Null(app);
        Assert.Contains(expected, errors.ToString());
    }

    [Fact]
    public async Task Build_ProductionWithCredentials_HasNoSandboxPageOrEmulator()
    {
        var errors = new StringWriter();
        var file = Path.Combine(Path.GetTempPath(), $"sandbox-prod-{Guid.NewGuid():N}.db");
        await using var app = PauseBotHost.Build(["--environment=Production", "--Slack:BotToken=xoxb-1", "--Slack:SigningSecret=s",
            $"--Database:ConnectionString=Data Source={file}", "--urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=None"], errors)!;
        Assert.NotNull(app);
        await app.MigrateDatabaseAsync();
        await app.StartAsync(Ct);
        using var http = new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()) };

        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/sandbox/api/state", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.PostAsync("/api/auth.test", null, Ct)).StatusCode);
        Assert.Null(app.Services.GetService<SandboxSettings>());
        await app.StopAsync(Ct);
    }
}
