using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using PauseBot.Configuration;
using PauseBot.Outbox;

namespace PauseBot.Tests.Configuration;

public class StartupConfigurationCheckTests
{
    private static readonly Dictionary<string, string?> Valid = new()
    {
        ["Slack:BotToken"] = "xoxb-1", ["Slack:SigningSecret"] = "s", ["PauseBot:Admins:0"] = "U0ADMIN",
    };

    private static IReadOnlyList<string> ProblemsOf(IDictionary<string, string?> settings) =>
        StartupConfigurationCheck.Problems(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());

    [Fact]
    public void Problems_DefaultsWithCredentials_None()
    {
        Assert.Empty(ProblemsOf(Valid));
    }

    [Fact]
    public void Problems_OneBadKeyPerSection_EveryOneReportedAtOnce()
    {
        var bad = new Dictionary<string, string?>(Valid)
        {
            ["Slack:BotToken"] = "abc",
            ["Slack:ApiBaseUrl"] = "slack/api",
            ["Slack:Socket:Connections"] = "11",
            ["Database:Provider"] = "Oracle",
            ["PauseBot:Admins:1"] = "bob",
            ["PauseBot:SweepInterval"] = "soon",
            ["Outbox:BatchSize"] = "0",
            ["Outbox:PollInterval"] = "1s",
            ["Outbox:MethodsPerMinute:chat.update"] = "many",
            ["Telemetry:Exporter"] = "zipkin",
            ["Telemetry:OtlpEndpoint"] = "collector:4317",
        };

        var problems = ProblemsOf(bad);

        string[] keys = ["Slack:BotToken", "Slack:ApiBaseUrl", "Slack:Socket:Connections", "Database:Provider", "PauseBot:Admins",
            "PauseBot:SweepInterval", "Outbox:BatchSize", "Outbox:PollInterval", "Outbox:MethodsPerMinute:chat.update",
            "Telemetry:Exporter", "Telemetry:OtlpEndpoint"];
        Assert.All(keys, key => Assert.Contains(problems, p => p.StartsWith(key, StringComparison.Ordinal)));
        Assert.Equal(keys.Length, problems.Count);
    }

    [Theory]
    [InlineData("Database:Provider", "Oracle", "Database:Provider 'Oracle' is not one of Sqlite, Postgres.")]
    [InlineData("Slack:SocketMode", "yes", "Slack:SocketMode 'yes' is not true or false.")]
    [InlineData("Outbox:PollInterval", "1s", "Outbox:PollInterval '1s' is not a duration such as 00:00:30 (hh:mm:ss) or 1.00:00:00 (one day).")]
    [InlineData("PauseBot:MaxRequestBodyBytes", "1MB", "PauseBot:MaxRequestBodyBytes '1MB' is not a whole number.")]
    [InlineData("Telemetry:Exporter", "zipkin", "Telemetry:Exporter 'zipkin' is not one of None, Console, Otlp.")]
    public void Problems_UnreadableValue_NamesTheKeyAndWhatItMustBe(string key, string value, string expected)
    {
        var problems = ProblemsOf(new Dictionary<string, string?>(Valid) { [key] = value });

        Assert.Contains(expected, problems);
    }

    [Fact]
    public void Problems_UnreadableValue_TheOtherKeysOfItsSectionStillCount()
    {
        var problems = ProblemsOf(new Dictionary<string, string?>(Valid) { ["Outbox:PollInterval"] = "1s", ["Outbox:Lease"] = "-00:00:01" });

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("Outbox:Lease must be longer than zero", StringComparison.Ordinal));
    }

    [Fact]
    public void Problems_ConnectionStringWithAPassword_NeverEchoed()
    {
        var problems = ProblemsOf(new Dictionary<string, string?>(Valid)
        {
            ["Database:Provider"] = "Postgres", ["Database:ConnectionString"] = "Database=pausebot;Username=u;Password=hunter2",
        });

        var problem = Assert.Single(problems);
        Assert.StartsWith("Database:ConnectionString names no Host", problem);
        Assert.DoesNotContain("hunter2", problem);
    }

    [Fact]
    public void Build_ManyBadKeys_OneMessageListingEveryProblemWithoutStackTrace()
    {
        var errors = new StringWriter();

        var app = PauseBotHost.Build(["--Slack:BotToken=xoxb-1", "--Slack:SigningSecret=s", "--Outbox:BatchSize=0",
            "--Outbox:Parallelism=0", "--Telemetry:ServiceName= ", "--PauseBot:WebhookTimeout=00:00:00",
            "--PauseBot:BackdatePolicy=Whenever", "--PauseBot:MaxBackdate=a week"], errors);

        Assert.Null(app);
        var text = errors.ToString();
        Assert.StartsWith("PauseBot cannot start; fix the configuration:", text);
        foreach (var key in new[] { "Outbox:BatchSize", "Outbox:Parallelism", "Telemetry:ServiceName", "PauseBot:WebhookTimeout" })
            Assert.Contains(key, text);
        Assert.Contains("PauseBot:BackdatePolicy 'Whenever' is not one of Cutoff, Announcement", text);
        Assert.Contains("PauseBot:MaxBackdate 'a week' is not a duration", text);
        Assert.DoesNotContain("   at ", text);
    }

    [Fact]
    public async Task Build_OptionsMadeInvalidInCode_StartFailsNamingTheKey()
    {
        var file = Path.Combine(Path.GetTempPath(), $"pausebot-options-{Guid.NewGuid():N}.db");
        var app = PauseBotHost.Build(["--Slack:BotToken=xoxb-1", "--Slack:SigningSecret=s", $"--Database:ConnectionString=Data Source={file}",
                "--urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=None"], TextWriter.Null,
            b => b.Services.PostConfigure<OutboxOptions>(o => o.BatchSize = 0))!;
        await using var _ = app;

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains("Outbox:BatchSize must be at least 1", error.Message);
    }

    [Fact]
    public async Task ProductionStart_BadConfiguration_ExitsWithCode2AndOneMessage()
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardError = true };
        psi.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        psi.Environment.Remove("DOTNET_ENVIRONMENT");
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "PauseBot.dll"), "--Slack:BotToken=xoxb-1",
                     "--Database:Provider=Oracle", "--Outbox:Lease=forever" })
            psi.ArgumentList.Add(arg);

        using var process = Process.Start(psi)!;
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.Equal(2, process.ExitCode);
        var text = await stderr;
        Assert.Contains("Slack:SigningSecret is missing but Slack:BotToken is set", text);
        Assert.Contains("Database:Provider 'Oracle'", text);
        Assert.Contains("Outbox:Lease 'forever'", text);
        Assert.DoesNotContain("   at ", text);
    }

    [Fact]
    public void Problems_TimeTrackerHalfConfigured_NamesTheMissingKeyBesideOtherSections()
    {
        var problems = ProblemsOf(new Dictionary<string, string?>(Valid)
        {
            ["TimeTracking:Harvest:AccessToken"] = "pat", ["TimeTracking:CheckInterval"] = "often", ["Outbox:BatchSize"] = "0",
        });

        Assert.Equal(3, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("TimeTracking:Harvest:AccountId is missing", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("TimeTracking:CheckInterval 'often'", StringComparison.Ordinal));
    }

    [Fact]
    public void Problems_TimeTrackersComplete_None() =>
        Assert.Empty(ProblemsOf(new Dictionary<string, string?>(Valid)
        {
            ["TimeTracking:Toggl:ApiToken"] = "t", ["TimeTracking:Toggl:WorkspaceId"] = "4561855",
        }));
}
