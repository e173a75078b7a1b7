using Microsoft.Extensions.Configuration;
using PauseBot.Sandbox;

namespace PauseBot.Tests.Sandbox;

public class SandboxSettingsTests
{
    private static SandboxSettings From(string? urls) =>
        SandboxSettings.From(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["urls"] = urls }).Build());

    [Theory]
    [InlineData(null, 5080)]
    [InlineData("http://localhost:5080", 5080)]
    [InlineData("http://*:7001;https://*:7002", 7001)]
    [InlineData("http://0.0.0.0:7003", 7003)]
    public void From_Urls_PortOfTheFirst(string? urls, int port)
    {
        var settings = From(urls);

        Assert.Equal(port, settings.Port);
        Assert.Equal($"http://localhost:{port}/", settings.PageUrl.ToString());
    }

    [Fact]
    public void From_PortZero_PicksAFreePortAndAFreshSecret()
    {
        var a = From("http://127.0.0.1:0");
        var b = From("http://127.0.0.1:0");

        Assert.NotEqual(0, a.Port);
        Assert.NotEqual(a.SigningSecret, b.SigningSecret);
        Assert.Equal(32, a.SigningSecret.Length);
    }
}
