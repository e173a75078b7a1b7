using PauseBot.Configuration;

namespace PauseBot.Tests.Configuration;

public class SlackOptionsValidatorTests
{
    private static IEnumerable<string> FailuresOf(SlackOptions options) =>
        new SlackOptionsValidator().Validate(null, options).Failures ?? [];

    [Fact]
    public void Validate_TokenAndSecret_Succeeds()
    {
        Assert.Empty(FailuresOf(new SlackOptions { BotToken = "xoxb-1", SigningSecret = "s" }));
    }

    [Theory]
    [InlineData(null, null, "Slack:BotToken is missing (", "Slack:SigningSecret is missing (")]
    [InlineData("xoxb-1", null, "Slack:SigningSecret is missing but Slack:BotToken is set", null)]
    [InlineData(null, "s", "Slack:BotToken is missing but Slack:SigningSecret is set", null)]
    [InlineData("abc", "s", "Slack:BotToken does not look like a Slack token", null)]
    public void Validate_Credentials_NamesWhatIsMissingOrWrong(string? token, string? secret, string first, string? second)
    {
        var failures = FailuresOf(new SlackOptions { BotToken = token, SigningSecret = secret }).ToList();

        Assert.Equal(second is null ? 1 : 2, failures.Count);
        Assert.StartsWith(first, failures[0]);
        if (second is not null) Assert.StartsWith(second, failures[1]);
    }

    [Theory]
    [InlineData(null, "Slack:SocketMode is true but Slack:AppToken (xapp-…) is missing.")]
    [InlineData("xoxb-2", "Slack:AppToken does not look like an app-level token (expected xapp-…).")]
    public void Validate_SocketModeWithoutAnAppToken_Fails(string? appToken, string expected)
    {
        Assert.Equal([expected], FailuresOf(new SlackOptions { SocketMode = true, BotToken = "xoxb-1", AppToken = appToken }));
    }

    [Fact]
    public void Validate_SocketModeWithoutSigningSecret_Succeeds()
    {
        Assert.Empty(FailuresOf(new SlackOptions { SocketMode = true, BotToken = "xoxb-1", AppToken = "xapp-1" }));
    }

    [Theory]
    [InlineData("slack/api")]
    [InlineData("ftp://slack.example/api/")]
    public void Validate_ApiBaseUrlNotAbsoluteHttp_Fails(string url)
    {
        var failure = Assert.Single(FailuresOf(new SlackOptions
        {
            BotToken = "xoxb-1", SigningSecret = "s", ApiBaseUrl = new Uri(url, UriKind.RelativeOrAbsolute),
        }));
        Assert.StartsWith($"Slack:ApiBaseUrl '{url}'", failure);
    }
}
