using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PauseBot.Persistence;

// Used only by `dotnet ef migrations add`; the connection strings are never opened.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqlitePauseBotDbContext>
{
    public SqlitePauseBotDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlitePauseBotDbContext>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresPauseBotDbContext>
{
    public PostgresPauseBotDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresPauseBotDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}
