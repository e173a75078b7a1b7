using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PauseBot.Persistence.Tests;

/// <summary>
/// A migration that exists only in the tests, after the build's own ones: a context made by <see cref="Context"/> sees the
/// build's migrations plus this one, as a newer build would see its database.
/// </summary>
[Migration(Id)]
public sealed class PendingMigration : Migration
{
    public const string Id = "99991231000000_PendingProbe";
    public const string Table = "PendingMigrationProbe";

    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.CreateTable(Table, table => new { Id = table.Column<int>(nullable: false) },
            constraints: table => table.PrimaryKey("PK_" + Table, x => x.Id));

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(Table);

    public static PauseBotDbContext Context(DatabaseOptions options) => options.Provider == DatabaseProvider.Postgres
        ? new PostgresPauseBotDbContext(new DbContextOptionsBuilder<PostgresPauseBotDbContext>()
            .UseNpgsql(options.ConnectionString).ReplaceService<IMigrationsAssembly, WithPendingMigration>().Options)
        : new SqlitePauseBotDbContext(new DbContextOptionsBuilder<SqlitePauseBotDbContext>()
            .UseSqlite(options.ConnectionString).ReplaceService<IMigrationsAssembly, WithPendingMigration>().Options);

#pragma warning disable EF1001 // EF's own migrations assembly does the real work; this only appends one migration.
    private sealed class WithPendingMigration(
        ICurrentDbContext context, IDbContextOptions options, IMigrationsIdGenerator ids, IDiagnosticsLogger<DbLoggerCategory.Migrations> log)
        : IMigrationsAssembly
    {
        private readonly Microsoft.EntityFrameworkCore.Migrations.Internal.MigrationsAssembly build = new(context, options, ids, log);

        public IReadOnlyDictionary<string, TypeInfo> Migrations =>
            build.Migrations.Append(new(Id, typeof(PendingMigration).GetTypeInfo())).ToDictionary();

        public ModelSnapshot? ModelSnapshot => build.ModelSnapshot;
        public Assembly Assembly => build.Assembly;
        public string? FindMigrationId(string nameOrId) => nameOrId is Id or "PendingProbe" ? Id : build.FindMigrationId(nameOrId);

        public Migration CreateMigration(TypeInfo migrationClass, string activeProvider) =>
            migrationClass == typeof(PendingMigration).GetTypeInfo()
                ? new PendingMigration { ActiveProvider = activeProvider }
                : build.CreateMigration(migrationClass, activeProvider);
    }
#pragma warning restore EF1001
}
