using PauseBot.Core.Pauses;
using PauseBot.Configuration;

namespace PauseBot.Tests.Configuration;

public class PauseBotOptionsValidatorTests
{
    private static IEnumerable<string> FailuresOf(PauseBotOptions options) =>
        new PauseBotOptionsValidator().Validate(null, options).Failures ?? [];

    [Fact]
    public void Validate_DefaultsWithAdminsAndPublicUrl_Succeed()
    {
        Assert.Empty(FailuresOf(new PauseBotOptions { Admins = ["U0ADMIN", "W0ENTERPRISE"], PublicBaseUrl = "https://pausebot.example.com" }));
    }

    [Theory]
    [InlineData("bob")]
    [InlineData("U")]
    [InlineData("C0CHANNEL")]
    public void Validate_AdminThatIsNoUserId_Fails(string admin)
    {
        Assert.Equal($"PauseBot:Admins entry '{admin}' is not a Slack user id (U…/W…).", Assert.Single(FailuresOf(new PauseBotOptions { Admins = [admin] })));
    }

    [Theory]
    [InlineData("pausebot.example.com")]
    [InlineData("ftp://pausebot.example.com")]
    public void Validate_PublicBaseUrlNotAbsoluteHttp_Fails(string url)
    {
        Assert.StartsWith($"PauseBot:PublicBaseUrl '{url}'", Assert.Single(FailuresOf(new PauseBotOptions { PublicBaseUrl = url })));
    }

    [Fact]
    public void Validate_EveryBadInterval_ListedTogether()
    {
        var failures = FailuresOf(new PauseBotOptions
        {
            SweepInterval = TimeSpan.Zero, PromiseInterval = TimeSpan.FromHours(-1), MembershipCacheTime = TimeSpan.FromSeconds(-1),
            MaxRequestBodyBytes = 10, ExportLinkLifetime = TimeSpan.Zero, WebhookDisableAfter = TimeSpan.Zero, WebhookTimeout = TimeSpan.Zero,
            MaxBackdate = TimeSpan.FromDays(-1), BackdatePolicy = (BackdatePolicy)7,
        }).ToList();

        string[] keys = ["SweepInterval", "PromiseInterval", "MembershipCacheTime", "MaxRequestBodyBytes", "ExportLinkLifetime",
            "WebhookDisableAfter", "WebhookTimeout", "MaxBackdate", "BackdatePolicy"];
        Assert.Equal(keys.Length, failures.Count);
        Assert.All(keys, k => Assert.Contains(failures, f => f.StartsWith("PauseBot:" + k, StringComparison.Ordinal)));
    }
}
