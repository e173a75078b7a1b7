using System.ComponentModel.DataAnnotations;

namespace PauseBot.Persistence;

/// <summary>Configuration section <c>Database</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary><c>Sqlite</c> (default, one process) or <c>Postgres</c> (several replicas).</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Default <c>Data Source=pausebot.db</c> (a file beside the process).</summary>
    [Required(AllowEmptyStrings = false)]
    public string ConnectionString { get; set; } = "Data Source=pausebot.db";
}

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
