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
        var errors = new StringWriter();
        var file = Path.Combine(Path.GetTempPath(), $"ask-{Guid.NewGuid():N}.db");
        try
        {
            var exit = await AskCommand.RunAsync(["--project", "nope", $"--Database:ConnectionString=Data Source={file}"],
                new StringReader("hi"), new StringWriter(), errors);
            Assert.Equal(1, exit);
            Assert.Contains("No project 'nope'", errors.ToString());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }
}
