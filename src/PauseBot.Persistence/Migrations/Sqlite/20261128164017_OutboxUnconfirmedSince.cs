using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PauseBot.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OutboxUnconfirmedSince : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "UnconfirmedSince",
                table: "Outbox",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "UnconfirmedSince",
                table: "Outbox");
        }
    }
}
