using Microsoft.EntityFrameworkCore.Migrations;
using PauseBot.Persistence.ProjectState;

#nullable disable

namespace PauseBot.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ProjectStateNotify : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Every statement that changes a snapshot table tells the other replicas at commit (NOTIFY is transactional
            // and collapses repeats within one transaction); PostgresProjectStateListener hears it.
            migrationBuilder.Sql($"""
                CREATE OR REPLACE FUNCTION pausebot_project_state_changed() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_notify('{PostgresProjectStateListener.Channel}', '');
                    RETURN NULL;
                END $$;
                """);
            foreach (var table in Tables)
                migrationBuilder.Sql($"""
                    CREATE TRIGGER "{table}_project_state_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "{table}"
                    FOR EACH STATEMENT EXECUTE FUNCTION pausebot_project_state_changed();
                    """);
        }

        /// <summary>The snapshot tables as of this migration (not the live list, which may grow in later migrations).</summary>
        private static readonly string[] Tables = ["Projects", "ProjectChannels", "ProjectLeads", "Pauses", "PauseUpdates", "Acknowledgements"];

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in Tables)
                migrationBuilder.Sql($"""DROP TRIGGER IF EXISTS "{table}_project_state_changed" ON "{table}";""");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS pausebot_project_state_changed();");
        }
    }
}
