using PauseBot.Configuration;
using PauseBot.Persistence;

namespace PauseBot.Tests.Configuration;

public class DatabaseOptionsValidatorTests
{
    private static IEnumerable<string> FailuresOf(DatabaseProvider provider, string connectionString) =>
        new DatabaseOptionsValidator().Validate(null, new DatabaseOptions { Provider = provider, ConnectionString = connectionString }).Failures ?? [];

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=pausebot.db")]
    [InlineData(DatabaseProvider.Sqlite, "DataSource=:memory:")]
    [InlineData(DatabaseProvider.Postgres, "Host=db;Port=5432;Database=pausebot;Username=u;Password=p")]
    [InlineData(DatabaseProvider.Postgres, "Server=db;Database=pausebot")]
    public void Validate_ConnectionStringThatFitsTheProvider_Succeeds(DatabaseProvider provider, string connectionString)
    {
        Assert.Empty(FailuresOf(provider, connectionString));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "", "Database:ConnectionString is empty.")]
    [InlineData(DatabaseProvider.Sqlite, "Host=db;Database=pausebot", "Database:ConnectionString names no file for SQLite")]
    [InlineData(DatabaseProvider.Postgres, "Data Source=pausebot.db", "Database:ConnectionString names no Host, but Database:Provider is Postgres")]
    [InlineData(DatabaseProvider.Postgres, "Host=db;just some words", "Database:ConnectionString is not a list of key=value pairs")]
    [InlineData((DatabaseProvider)7, "Data Source=pausebot.db", "Database:Provider '7' is not one of Sqlite, Postgres.")]
    public void Validate_ConnectionStringThatDoesNotFit_Fails(DatabaseProvider provider, string connectionString, string expected)
    {
        Assert.StartsWith(expected, Assert.Single(FailuresOf(provider, connectionString)));
    }
}
