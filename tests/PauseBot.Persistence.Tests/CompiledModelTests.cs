using Microsoft.EntityFrameworkCore;
using System.Collections;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Design;

namespace PauseBot.Persistence.Tests;

/// <summary>
/// The contexts run on the compiled models in src/PauseBot.Persistence/CompiledModels (startup time), and Migrate()
/// skips its own pending-model-changes check (startup time too). These keep both honest: after a mapping change, add
/// the migrations and regenerate the compiled models (the commands are on <see cref="PauseBotDbContext"/>).
/// </summary>
public partial class CompiledModelTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    private static PauseBotDbContext CreateContext(string provider) => provider == "Postgres"
        ? new PostgresPauseBotDbContext(new DbContextOptionsBuilder<PostgresPauseBotDbContext>().UseNpgsql("Host=localhost;Database=unused").Options)
        : new SqlitePauseBotDbContext(new DbContextOptionsBuilder<SqlitePauseBotDbContext>().UseSqlite("Data Source=unused.db").Options);

    [Theory]
    [MemberData(nameof(Providers))]
    public void Model_IsTheCheckedInCompiledModel(string provider)
    {
        using var db = CreateContext(provider);

        Assert.Equal($"PauseBot.Persistence.CompiledModels.{provider}", db.Model.GetType().Namespace);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void CompiledModel_IsWhatDbContextOptimizeGeneratesNow(string provider)
    {
        var checkedIn = Path.Combine(PersistenceSourceDirectory(), "CompiledModels", provider);
        var generated = Directory.CreateTempSubdirectory("pausebot-compiled-model-").FullName;
        try
        {
            // What `dotnet ef dbcontext optimize` runs, through the same public entry point its tool calls.
            var assembly = typeof(PauseBotDbContext).Assembly.GetName().Name;
            var executor = new OperationExecutor(new OperationReportHandler(), new Hashtable
            {
                ["targetName"] = assembly, ["startupTargetName"] = assembly, ["projectDir"] = generated,
                ["rootNamespace"] = assembly, ["language"] = "C#", ["nullable"] = true, ["remainingArguments"] = Array.Empty<string>(),
            });
            var result = new OperationResultHandler();
            _ = new OperationExecutor.OptimizeContext(executor, result, new Hashtable
            {
                ["outputDir"] = generated, ["modelNamespace"] = $"PauseBot.Persistence.CompiledModels.{provider}",
                ["contextType"] = $"{provider}PauseBotDbContext",
            });
            Assert.Null(result.ErrorMessage);

            var stale = Directory.GetFiles(generated).Select(Path.GetFileName).Union(Directory.GetFiles(checkedIn).Select(Path.GetFileName))
                .Where(name => !SameText(Path.Combine(generated, name!), Path.Combine(checkedIn, name!))).ToList();
            Assert.True(stale.Count == 0, $"CompiledModels/{provider} is stale ({string.Join(", ", stale)}): regenerate it with dotnet ef dbcontext optimize.");
        }
        finally
        {
            Directory.Delete(generated, recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void Migrations_HoldTheWholeMapping(string provider)
    {
        using var db = CreateContext(provider);

        Assert.False(db.Database.HasPendingModelChanges(), $"The {provider} mapping has changes that no migration holds: add a migration.");
    }

    private static bool SameText(string a, string b) => File.Exists(a) && File.Exists(b) && Normalized(a) == Normalized(b);

    // The generator draws a new model id on every run.
    private static string Normalized(string file) =>
        ModelId().Replace(File.ReadAllText(file).ReplaceLineEndings(), "modelId: new Guid()");

    [GeneratedRegex("""modelId: new Guid\("[0-9a-f-]+"\)""")]
    private static partial Regex ModelId();

    private static string PersistenceSourceDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PauseBot.sln")))
                return Path.Combine(dir.FullName, "src", "PauseBot.Persistence");
        throw new InvalidOperationException("PauseBot.sln not found above " + AppContext.BaseDirectory);
    }
}
