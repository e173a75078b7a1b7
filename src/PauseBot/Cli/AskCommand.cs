using System.Text.Encodings.Web;
using System.Text.Json;
using PauseBot.Core.Questions;
using PauseBot.Features.Questions;
using PauseBot.Persistence;
using PauseBot.Sandbox;

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

        var builder = CreateBuilder(rest.ToArray());
        // Answers go to stdout: only problems beside them, whatever levels appsettings.json sets for a running bot.
        builder.Logging.AddFilter<Microsoft.Extensions.Logging.Console.ConsoleLoggerProvider>(null, LogLevel.Warning);
        // Where the running bot would be a sandbox (Development, no Slack credentials), the preview reads the sandbox's
        // database, so it answers about what the sandbox page shows; a --Database:… argument still wins.
        var sandbox = SandboxMode.IsRequested(builder.Configuration, builder.Environment);
        var database = sandbox ? SandboxDatabase(builder.Configuration, rest) : "the configured database";
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
        var projects = scope.ServiceProvider.GetRequiredService<Core.Projects.IProjectStore>();
        if (project is not null && await projects.FindProjectAsync(project, CancellationToken.None) is null)
        {
            var known = (await projects.ListProjectsAsync(CancellationToken.None)).Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
            errors.WriteLine($"No project '{project}' in {database}; " + (known.Count == 0 ? "it has no projects yet." : $"it has: {string.Join(", ", known)}."));
            if (sandbox && known.Count == 0)
                errors.WriteLine("Start the sandbox once (`dotnet run --project src/PauseBot`): it seeds the project chordus. Or name another database with --Database:ConnectionString=….");
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

    /// <summary>
    /// A generic host configured like the bot's web host: <c>ASPNETCORE_</c> variables first (so <c>dotnet run</c>'s launch
    /// profile, <c>ASPNETCORE_ENVIRONMENT=Development</c>, applies here too), then <c>DOTNET_</c> variables and arguments.
    /// The container is not validated at build: the preview registers the Slack layer's handlers for the answers it
    /// shares with the bot, but not the inbox, outbox and schedulers they need, which it never resolves.
    /// </summary>
    private static HostApplicationBuilder CreateBuilder(string[] args)
    {
        var configuration = new ConfigurationManager();
        configuration.AddEnvironmentVariables("ASPNETCORE_");
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, Configuration = configuration });
        builder.ConfigureContainer(new DefaultServiceProviderFactory(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = false }));
        return builder;
    }

    /// <summary>Points the preview at the sandbox's SQLite file unless an argument names a database; returns its name for messages.</summary>
    private static string SandboxDatabase(ConfigurationManager configuration, IReadOnlyList<string> args)
    {
        if (args.Any(a => a.StartsWith("--" + DatabaseOptions.Section + ":", StringComparison.OrdinalIgnoreCase)))
            return "the configured database";
        var file = configuration.GetSection(SandboxOptions.Section).Get<SandboxOptions>()?.DatabaseFile is { Length: > 0 } f ? f : new SandboxOptions().DatabaseFile;
        configuration.AddInMemoryCollection([
            new(DatabaseOptions.Section + ":" + nameof(DatabaseOptions.Provider), nameof(DatabaseProvider.Sqlite)),
            new(DatabaseOptions.Section + ":" + nameof(DatabaseOptions.ConnectionString), $"Data Source={file}"),
        ]);
        return $"the sandbox's database ({file})";
    }
}
