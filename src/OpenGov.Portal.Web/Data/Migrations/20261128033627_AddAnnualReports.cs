using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace OpenGov.Portal.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddAnnualReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "annual_reports",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    edition_id = table.Column<int>(type: "integer", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    data_json = table.Column<string>(type: "character varying(100000)", maxLength: 100000, nullable: false),
                    overall_text = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    problems_text = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    other_text = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    generated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_annual_reports", x => x.id);
                    table.CheckConstraint("ck_annual_reports_year", "year BETWEEN 2008 AND 2100");
                    table.ForeignKey(
                        name: "fk_annual_reports_editions_edition_id",
                        column: x => x.edition_id,
                        principalTable: "editions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_annual_reports_edition_id",
                table: "annual_reports",
                column: "edition_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_annual_reports_year",
                table: "annual_reports",
                column: "year");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "annual_reports");
        }
    }
}
