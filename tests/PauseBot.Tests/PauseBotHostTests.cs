namespace PauseBot.Tests;

public class PauseBotHostTests
{
    [Fact]
    public void Build_MissingTokenAndSecret_NamesEveryMissingKeyAndReturnsNull()
    {
        var errors = new StringWriter();
        var app = PauseBotHost.Build(["--Database:ConnectionString=Data Source=:memory:"], errors);

        Assert.Null(app);
        var text = errors.ToString();
        Assert.Contains("Slack:BotToken", text);
        Assert.Contains("Slack:SigningSecret", text);
        Assert.DoesNotContain("   at ", text); // no stack trace
    }

    [Fact]
    public void Build_BadProviderAndAdmin_ListsBothProblems()
    {
        var errors = new StringWriter();
        var app = PauseBotHost.Build(["--Slack:BotToken=xoxb-1", "--Slack:SigningSecret=s", "--Database:Provider=Oracle",
            "--PauseBot:Admins:0=bob"], errors);

        Assert.Null(app);
        Assert.Contains("Database:Provider", errors.ToString());
        Assert.Contains("PauseBot:Admins", errors.ToString());
    }
}
