using System.Data.Common;
using Microsoft.Extensions.Options;
using PauseBot.Persistence;
using static PauseBot.Configuration.OptionsRules;

namespace PauseBot.Configuration;

/// <summary>
/// The <c>Database</c> section: a known provider and a connection string that fits it (a file for SQLite, a host for
/// PostgreSQL). The connection string is never echoed: it may hold a password.
/// </summary>
public sealed class DatabaseOptionsValidator : IValidateOptions<DatabaseOptions>
{
    private const string S = DatabaseOptions.Section + ":";

    public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
    {
        var failures = new List<string>();
        Defined(failures, S + nameof(options.Provider), options.Provider);
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            failures.Add($"{S}ConnectionString is empty.");
            return Result(failures);
        }
        var parsed = new DbConnectionStringBuilder();
        try
        {
            parsed.ConnectionString = options.ConnectionString;
        }
        catch (ArgumentException)
        {
            failures.Add($"{S}ConnectionString is not a list of key=value pairs separated by ';'.");
            return Result(failures);
        }
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite when !HasAny(parsed, "Data Source", "DataSource", "Filename"):
                failures.Add($"{S}ConnectionString names no file for SQLite (expected Data Source=pausebot.db).");
                break;
            case DatabaseProvider.Postgres when !HasAny(parsed, "Host", "Server"):
                failures.Add($"{S}ConnectionString names no Host, but {S}Provider is Postgres (expected Host=…;Database=…;Username=…;Password=…).");
                break;
        }
        return Result(failures);
    }

    private static bool HasAny(DbConnectionStringBuilder parsed, params string[] keys) =>
        keys.Any(k => parsed.TryGetValue(k, out var value) && !string.IsNullOrWhiteSpace(value?.ToString()));
}
