using System.Text.Json.Nodes;
using PauseBot.Cli;
using PauseBot.Tests.Support;
using static PauseBot.Tests.Support.BotHostExtensions;

namespace PauseBot.Tests.Cli;

public class AskCommandTests
{
    [Fact]
    public async Task RunAsync_QuestionsOnStdin_OneJsonLinePerQuestionFromTheSameAnswers()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bot = await BotHost.StartAsync();
        await bot.RegisterChordusAsync();
        await bot.CommandAsync("/pause", "chordus Scope review --internal \"secret note\"", Lead);
        var output = new StringWriter();
        var errors = new StringWriter();

        var exit = await AskCommand.RunAsync(["--project", "chordus", $"--Database:ConnectionString=Data Source={bot.DatabaseFile}"],
            new StringReader("can i log hrs\n\nwhen's it unpaused\nwhat's the wifi password\n"), output, errors);

        Assert.Equal(0, exit);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
        Assert.Equal(3, lines.Count);
        Assert.Equal(["billable_status", "resume_eta", "unknown"], lines.Select(l => l["intent"]!.GetValue<string>()));
        Assert.All(lines, l => Assert.Equal("chordus", l["project"]!.GetValue<string>()));
        Assert.Contains("not billable since <!date^", lines[0]["answer"]!.GetValue<string>());
        Assert.DoesNotContain("secret note", output.ToString());
        await bot.SettleAsync();
        Assert.Contains("No open questions", await bot.CommandAsync("/pausebot", "questions chordus", Lead)); // preview escalates nothing
    }

    [Fact]
    public async Task RunAsync_UnknownProject_ExitCode1WithMessage()
    {
        var (exit, errors) = await AskInEmptyDatabaseAsync(file => ["--project", "nope", $"--Database:ConnectionString=Data Source={file}"]);

        Assert.Equal(1, exit);
        Assert.Contains("No project 'nope' in the configured database; it has no projects yet.", errors);
    }

    // `dotnet run --project src/PauseBot -- ask …` runs under the launch profile (ASPNETCORE_ENVIRONMENT=Development) with no
    // Slack credentials: the preview must build in Development (where the container is validated) and read the sandbox's
    // database, the one the sandbox page shows.
    [Fact]
    public async Task RunAsync_InDevelopmentWithoutCredentials_ReadsTheSandboxDatabase()
    {
        await using var bot = await BotHost.StartAsync();
        await bot.RegisterChordusAsync();
        await bot.CommandAsync("/pause", "chordus Scope review", Lead);
        var output = new StringWriter();
        var errors = new StringWriter();

        var exit = await AskCommand.RunAsync(["--project", "chordus", "--environment", "Development", $"--Sandbox:DatabaseFile={bot.DatabaseFile}"],
            new StringReader("am i on the clock rn\n"), output, errors);

        Assert.True(exit == 0, errors.ToString());
        var line = JsonNode.Parse(output.ToString().Trim())!.AsObject();
        Assert.Equal("chordus", line["project"]!.GetValue<string>());
        Assert.Contains("not billable since <!date^", line["answer"]!.GetValue<string>());
    }

    [Fact]
    public async Task RunAsync_SandboxNeverStarted_SaysHowToSeedIt()
    {
        string? sandboxFile = null;
        var (exit, errors) = await AskInEmptyDatabaseAsync(file => ["--project", "chordus", "--environment", "Development", $"--Sandbox:DatabaseFile={sandboxFile = file}"]);

        Assert.Equal(1, exit);
        Assert.Contains($"No project 'chordus' in the sandbox's database ({sandboxFile}); it has no projects yet.", errors);
        Assert.Contains("Start the sandbox once", errors);
    }

    [Fact]
    public async Task RunAsync_OtherProjectName_ListsTheProjectsThereAre()
    {
        await using var bot = await BotHost.StartAsync();
        await bot.RegisterChordusAsync();
        var errors = new StringWriter();

        var exit = await AskCommand.RunAsync(["--project", "chord", $"--Database:ConnectionString=Data Source={bot.DatabaseFile}"],
            new StringReader("hi"), new StringWriter(), errors);

        Assert.Equal(1, exit);
        Assert.Contains("No project 'chord' in the configured database; it has: chordus.", errors.ToString());
    }

    /// <summary>Runs <c>ask</c> against a new, empty SQLite file (the arguments name it) and deletes the file afterwards.</summary>
    private static async Task<(int Exit, string Errors)> AskInEmptyDatabaseAsync(Func<string, string[]> args)
    {
        var errors = new StringWriter();
        var file = Path.Combine(Path.GetTempPath(), $"ask-{Guid.NewGuid():N}.db");
        try
        {
            var exit = await AskCommand.RunAsync(args(file), new StringReader("hi"), new StringWriter(), errors);
            return (exit, errors.ToString());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }
}
