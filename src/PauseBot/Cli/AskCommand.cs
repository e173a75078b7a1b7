using System.Text.Encodings.Web;
using System.Text.Json;
using PauseBot.Core.Questions;
using PauseBot.Features.Questions;
using PauseBot.Persistence;

namespace PauseBot.Cli;

/// <summary>
/// <c>pausebot ask [--project KEY] [--user UID]</c>: reads questions from standard input, one per line, and writes one
/// JSON object per line with the intent, project and answer the bot would give — same classifier, same answer
/// builders, against the configured database. A preview: it subscribes nobody and escalates nothing.
/// </summary>
public static class AskCommand
{
    public const string Usage = "usage: PauseBot ask [--project KEY] [--user UID] [--Database:ConnectionString=...] < questions.txt";
    private const string PreviewUser = "U0PREVIEW";
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter errors)
    {
        string? project = null, user = null;
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--project" when i + 1 < args.Length: project = args[++i].ToLowerInvariant(); break;
                case "--user" when i + 1 < args.Length: user = args[++i]; break;
                case "--project" or "--user" or "--help" or "-h":
                    errors.WriteLine(Usage);
                    return 2;
                default: rest.Add(args[i]); break;
            }
        }

        var builder = Host.CreateApplicationBuilder(rest.ToArray());
        // Answers go to stdout: only problems beside them, whatever levels appsettings.json sets for a running bot.
        builder.Logging.AddFilter<Microsoft.Extensions.Logging.Console.ConsoleLoggerProvider>(null, LogLevel.Warning);
        var slackConfigured = !string.IsNullOrEmpty(builder.Configuration["Slack:BotToken"]);
        if (!slackConfigured)
        {
            // Previewing one project needs no Slack; the client is registered but never called (see the check below).
            builder.Configuration.AddInMemoryCollection([new("Slack:BotToken", "xoxb-not-configured"), new("Slack:SigningSecret", "not-used")]);
        }
        builder.Services.AddPauseBotCore();
        builder.Services.AddPauseBotPersistence(builder.Configuration);
        builder.Services.AddPauseBotSlack(builder.Configuration);
        using var host = builder.Build();
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseHealth>().MigrateAsync(CancellationToken.None);
        if (project is not null && await scope.ServiceProvider.GetRequiredService<Core.Projects.IProjectStore>().FindProjectAsync(project, CancellationToken.None) is null)
        {
            errors.WriteLine($"No project '{project}' in the configured database.");
            return 1;
        }
        if (project is null && !slackConfigured)
        {
            errors.WriteLine("Without --project, finding the asker's projects needs Slack:BotToken (channel membership comes from Slack).");
            return 2;
        }

        var answering = scope.ServiceProvider.GetRequiredService<QuestionAnswering>();
        while (await input.ReadLineAsync() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            var composed = await answering.ComposeAsync(new Asked(user ?? PreviewUser, line, "", null), project, preview: true, CancellationToken.None);
            await output.WriteLineAsync(JsonSerializer.Serialize(new
            {
                question = line,
                intent = IntentNames.ToSnakeCase(composed.Intent),
                confidence = Math.Round(composed.Confidence, 3),
                also = composed.Also is { } also ? IntentNames.ToSnakeCase(also) : null,
                project = composed.ProjectKey,
                answer = composed.Message.Text,
            }, Json));
        }
        return 0;
    }
}
