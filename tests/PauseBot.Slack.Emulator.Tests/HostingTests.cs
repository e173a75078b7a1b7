using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PauseBot.Slack.Emulator;
using static PauseBot.Slack.Emulator.Tests.Api;

namespace PauseBot.Slack.Emulator.Tests;

public sealed class HostingTests
{
    [Fact]
    public async Task MapSlackEmulator_HostsTheSameCoreInsideAnotherApp()
    {
        var state = new EmulatorState();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        await using var app = builder.Build();
        app.MapGet("/", () => "sandbox");
        app.MapSlackEmulator(state, prefix: "/emu/api", responseUrlPrefix: "/emu/response");
        await app.StartAsync(Ct);
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        state.BaseUrl = new Uri($"http://127.0.0.1:{address.Port}/");

        using var http = new HttpClient { BaseAddress = new Uri(state.BaseUrl, "emu/api/") };
        http.DefaultRequestHeaders.Authorization = new("Bearer", state.Options.BotToken);
        Assert.True((await PostJsonAsync(http, "chat.postMessage", new { channel = DefaultSeed.General, text = "from sandbox" })).Ok);
        Assert.Equal("from sandbox", state.Messages.All.Single().Text);
        var url = state.CreateResponseUrl(DefaultSeed.General, DefaultSeed.Alice);
        Assert.Contains("/emu/response/", url, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await PostToAsync(http, url, """{"text":"hi"}""")).Status);
        await app.StopAsync(Ct);
    }
}
