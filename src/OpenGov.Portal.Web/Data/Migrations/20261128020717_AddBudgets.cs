using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace OpenGov.Portal.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddBudgets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "budget_lines",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    edition_id = table.Column<int>(type: "integer", nullable: false),
                    table_kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    sort_order = table.Column<int>(type: "integer", nullable: false),
                    section = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    amounts = table.Column<List<decimal>>(type: "numeric(18,2)[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_budget_lines", x => x.id);
                    table.ForeignKey(
                        name: "fk_budget_lines_editions_edition_id",
                        column: x => x.edition_id,
                        principalTable: "editions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "budgets",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    publication_id = table.Column<int>(type: "integer", nullable: false),
                    fiscal_year = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_budgets", x => x.id);
                    table.CheckConstraint("ck_budgets_fiscal_year", "fiscal_year BETWEEN 2000 AND 2100");
                    table.ForeignKey(
                        name: "fk_budgets_publications_publication_id",
                        column: x => x.publication_id,
                        principalTable: "publications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_budget_lines_edition_id_table_kind_sort_order",
                table: "budget_lines",
                columns: new[] { "edition_id", "table_kind", "sort_order" });

            migrationBuilder.CreateIndex(
                name: "ix_budgets_fiscal_year_kind",
                table: "budgets",
                columns: new[] { "fiscal_year", "kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_budgets_publication_id",
                table: "budgets",
                column: "publication_id",
                unique: true);

            // The tables of an edition change only while it is a draft (or returned to its author): once
            // submitted, reviewed or published, the figures a reviewer and leader approved stay as approved.
            migrationBuilder.Sql("""
                CREATE FUNCTION budget_lines_guard() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE s text;
                BEGIN
                    SELECT status INTO s FROM editions WHERE id = COALESCE(NEW.edition_id, OLD.edition_id);
                    IF s IS NOT NULL AND s NOT IN ('Draft', 'Returned') THEN
                        RAISE EXCEPTION 'budget lines of edition % cannot change in status %', COALESCE(NEW.edition_id, OLD.edition_id), s
                            USING ERRCODE = 'check_violation';
                    END IF;
                    IF TG_OP = 'UPDATE' AND NEW.edition_id <> OLD.edition_id THEN
                        RAISE EXCEPTION 'budget lines cannot move between editions' USING ERRCODE = 'check_violation';
                    END IF;
                    RETURN COALESCE(NEW, OLD);
                END $$;
                CREATE TRIGGER budget_lines_guard BEFORE INSERT OR UPDATE OR DELETE ON budget_lines
                    FOR EACH ROW EXECUTE FUNCTION budget_lines_guard();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS budget_lines_guard ON budget_lines; DROP FUNCTION IF EXISTS budget_lines_guard();");
            migrationBuilder.DropTable(
                name: "budget_lines");

            migrationBuilder.DropTable(
                name: "budgets");
        }
    }
}
