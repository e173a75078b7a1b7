using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PauseBot.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Schedules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "PromiseMadeAt",
                table: "Pauses",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "QuietDates",
                columns: table => new
                {
                    ProjectKey = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuietDates", x => new { x.ProjectKey, x.Date });
                });

            migrationBuilder.CreateTable(
                name: "StatusSchedules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProjectKey = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Spec = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatusSchedules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StatusSchedules_Projects_ProjectKey",
                        column: x => x.ProjectKey,
                        principalTable: "Projects",
                        principalColumn: "Key",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_StatusSchedules_ProjectKey",
                table: "StatusSchedules",
                column: "ProjectKey");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "QuietDates");

            migrationBuilder.DropTable(
                name: "StatusSchedules");

            migrationBuilder.DropColumn(
                name: "PromiseMadeAt",
                table: "Pauses");
        }
    }
}
