using Microsoft.EntityFrameworkCore.Migrations;

namespace PauseBot.Persistence.ProjectState;

/// <summary>
/// PostgreSQL statement triggers that tell the other replicas when a snapshot table changed: every statement that
/// changes one of <see cref="ProjectStateChangeInterceptor.Tables"/> calls <c>pg_notify</c> on
/// <see cref="PostgresProjectStateListener.Channel"/>, which PostgreSQL delivers at commit (and collapses within one
/// transaction). The PostgreSQL <c>Initial</c> migration calls <see cref="Create"/> last in its <c>Up</c> and
/// <see cref="Drop"/> first in its <c>Down</c> (scripts/regen-model.sh adds both calls). After the first release, a
/// migration that adds a snapshot table adds its trigger itself.
/// </summary>
public static class ProjectStateTriggers
{
    private const string Function = "pausebot_project_state_changed";

    public static void Create(MigrationBuilder migration)
    {
        migration.Sql($"""
            CREATE OR REPLACE FUNCTION {Function}() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM pg_notify('{PostgresProjectStateListener.Channel}', '');
                RETURN NULL;
            END $$;
            """);
        foreach (var table in ProjectStateChangeInterceptor.Tables.Order(StringComparer.Ordinal))
            migration.Sql($"""
                CREATE TRIGGER "{table}_project_state_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "{table}"
                FOR EACH STATEMENT EXECUTE FUNCTION {Function}();
                """);
    }

    public static void Drop(MigrationBuilder migration)
    {
        foreach (var table in ProjectStateChangeInterceptor.Tables.Order(StringComparer.Ordinal))
            migration.Sql($"""DROP TRIGGER IF EXISTS "{table}_project_state_changed" ON "{table}";""");
        migration.Sql($"DROP FUNCTION IF EXISTS {Function}();");
    }
}
