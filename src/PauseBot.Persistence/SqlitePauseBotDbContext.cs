using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace PauseBot.Persistence;

/// <summary>SQLite, the embedded default (one process).</summary>
public sealed class SqlitePauseBotDbContext(DbContextOptions<SqlitePauseBotDbContext> options) : PauseBotDbContext(options)
{
    // SQLite cannot compare or order DateTimeOffset in SQL; as a long (all values are UTC) it can.
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}
