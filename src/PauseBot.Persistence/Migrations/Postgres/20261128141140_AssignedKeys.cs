using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PauseBot.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AssignedKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
