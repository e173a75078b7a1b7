using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PauseBot.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OutboxUnconfirmedSince : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "UnconfirmedSince",
                table: "Outbox",
                type: "timestamp with time zone",
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
