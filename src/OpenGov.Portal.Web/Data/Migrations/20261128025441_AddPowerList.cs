using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenGov.Portal.Data.Migrations
{
    /// <summary>
    /// The power list (权力清单): power items and their legal bases, materials and flow steps, keyed by
    /// edition. Guards: a code is unique among published powers; an edition's power data is frozen
    /// once it leaves Draft/Returned.
    /// </summary>
    public partial class AddPowerList : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "power_items",
                columns: table => new
                {
                    edition_id = table.Column<int>(type: "integer", nullable: false),
                    category = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    code = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    implementing_body = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    statutory_time_limit = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    promised_time_limit = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    fee = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    fee_basis = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    responsibilities = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    accountability = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    contact_phone = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    complaint_phone = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_power_items", x => x.edition_id);
                    table.CheckConstraint("ck_power_items_code_url_safe", "code ~ '^[A-Z0-9][A-Z0-9-]*$'");
                    table.CheckConstraint("ck_power_items_fee_not_negative", "fee >= 0");
                    table.ForeignKey(
                        name: "fk_power_items_editions_edition_id",
                        column: x => x.edition_id,
                        principalTable: "editions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "power_flow_steps",
                columns: table => new
                {
                    edition_id = table.Column<int>(type: "integer", nullable: false),
                    key = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    sort_order = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    label = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    post = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    time_limit = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_power_flow_steps", x => new { x.edition_id, x.key });
                    table.CheckConstraint("ck_power_flow_steps_key_url_safe", "key ~ '^[A-Za-z0-9_-]+$'");
                    table.ForeignKey(
                        name: "fk_power_flow_steps_power_items_edition_id",
                        column: x => x.edition_id,
                        principalTable: "power_items",
                        principalColumn: "edition_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "power_legal_bases",
                columns: table => new
                {
                    edition_id = table.Column<int>(type: "integer", nullable: false),
                    sort_order = table.Column<int>(type: "integer", nullable: false),
                    law_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    article = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_power_legal_bases", x => new { x.edition_id, x.sort_order });
                    table.ForeignKey(
                        name: "fk_power_legal_bases_power_items_edition_id",
                        column: x => x.edition_id,
                        principalTable: "power_items",
                        principalColumn: "edition_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "power_materials",
                columns: table => new
                {
                    edition_id = table.Column<int>(type: "integer", nullable: false),
                    sort_order = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_power_materials", x => new { x.edition_id, x.sort_order });
                    table.ForeignKey(
                        name: "fk_power_materials_power_items_edition_id",
                        column: x => x.edition_id,
                        principalTable: "power_items",
                        principalColumn: "edition_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "power_flow_links",
                columns: table => new
                {
                    edition_id = table.Column<int>(type: "integer", nullable: false),
                    from_key = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    sort_order = table.Column<int>(type: "integer", nullable: false),
                    to_key = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    label = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_power_flow_links", x => new { x.edition_id, x.from_key, x.sort_order });
                    table.CheckConstraint("ck_power_flow_links_not_to_itself", "from_key <> to_key");
                    table.ForeignKey(
                        name: "fk_power_flow_links_power_flow_steps_edition_id_from_key",
                        columns: x => new { x.edition_id, x.from_key },
                        principalTable: "power_flow_steps",
                        principalColumns: new[] { "edition_id", "key" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_power_flow_links_power_flow_steps_edition_id_to_key",
                        columns: x => new { x.edition_id, x.to_key },
                        principalTable: "power_flow_steps",
                        principalColumns: new[] { "edition_id", "key" });
                });

            migrationBuilder.CreateIndex(
                name: "ix_power_flow_links_edition_id_to_key",
                table: "power_flow_links",
                columns: new[] { "edition_id", "to_key" });

            migrationBuilder.CreateIndex(
                name: "ix_power_items_code",
                table: "power_items",
                column: "code");

            // A code names one published power (/powers/{code}); checked at commit, once the publication,
            // its live edition and the power item all exist. The advisory lock serialises two publishers of one code.
            // The power data of an edition that left the author's hands cannot change: a revision is a new edition.
            migrationBuilder.Sql("""
                CREATE FUNCTION power_code_unique_when_published() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE
                    live integer;
                    off_site boolean;
                    power_code text;
                BEGIN
                    SELECT p.live_edition_id, (p.withdrawn_at IS NOT NULL OR p.gone OR p.classified_at IS NOT NULL)
                      INTO live, off_site FROM publications p WHERE p.id = NEW.id;
                    IF live IS NULL OR off_site THEN RETURN NULL; END IF;
                    SELECT code INTO power_code FROM power_items WHERE edition_id = live;
                    IF power_code IS NULL THEN
                        RAISE EXCEPTION 'power publication % cannot be published without its power item', NEW.id USING ERRCODE = 'check_violation';
                    END IF;
                    PERFORM pg_advisory_xact_lock(hashtext('power_items.code'), hashtext(power_code));
                    IF EXISTS (SELECT 1 FROM publications p JOIN power_items i ON i.edition_id = p.live_edition_id
                               WHERE p.id <> NEW.id AND p.kind = 'Power' AND p.withdrawn_at IS NULL AND NOT p.gone
                                 AND p.classified_at IS NULL AND i.code = power_code) THEN
                        RAISE EXCEPTION 'power code % is already used by another published power', power_code USING ERRCODE = 'unique_violation';
                    END IF;
                    RETURN NULL;
                END $$;

                CREATE CONSTRAINT TRIGGER publications_power_code_unique AFTER INSERT OR UPDATE OF live_edition_id ON publications
                    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
                    WHEN (NEW.kind = 'Power' AND NEW.live_edition_id IS NOT NULL)
                    EXECUTE FUNCTION power_code_unique_when_published();

                CREATE FUNCTION power_data_editable_only_in_draft() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF EXISTS (SELECT 1 FROM editions e WHERE e.id = OLD.edition_id AND e.status NOT IN ('Draft', 'Returned')) THEN
                        RAISE EXCEPTION 'the power data of edition % is frozen: % refused', OLD.edition_id, TG_OP USING ERRCODE = 'check_violation';
                    END IF;
                    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
                END $$;

                CREATE TRIGGER power_items_frozen BEFORE UPDATE OR DELETE ON power_items
                    FOR EACH ROW EXECUTE FUNCTION power_data_editable_only_in_draft();
                CREATE TRIGGER power_legal_bases_frozen BEFORE UPDATE OR DELETE ON power_legal_bases
                    FOR EACH ROW EXECUTE FUNCTION power_data_editable_only_in_draft();
                CREATE TRIGGER power_materials_frozen BEFORE UPDATE OR DELETE ON power_materials
                    FOR EACH ROW EXECUTE FUNCTION power_data_editable_only_in_draft();
                CREATE TRIGGER power_flow_steps_frozen BEFORE UPDATE OR DELETE ON power_flow_steps
                    FOR EACH ROW EXECUTE FUNCTION power_data_editable_only_in_draft();
                CREATE TRIGGER power_flow_links_frozen BEFORE UPDATE OR DELETE ON power_flow_links
                    FOR EACH ROW EXECUTE FUNCTION power_data_editable_only_in_draft();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS publications_power_code_unique ON publications;
                DROP FUNCTION IF EXISTS power_code_unique_when_published();
                DROP TRIGGER IF EXISTS power_items_frozen ON power_items;
                DROP TRIGGER IF EXISTS power_legal_bases_frozen ON power_legal_bases;
                DROP TRIGGER IF EXISTS power_materials_frozen ON power_materials;
                DROP TRIGGER IF EXISTS power_flow_steps_frozen ON power_flow_steps;
                DROP TRIGGER IF EXISTS power_flow_links_frozen ON power_flow_links;
                DROP FUNCTION IF EXISTS power_data_editable_only_in_draft();
                """);
            migrationBuilder.DropTable(
                name: "power_flow_links");

            migrationBuilder.DropTable(
                name: "power_legal_bases");

            migrationBuilder.DropTable(
                name: "power_materials");

            migrationBuilder.DropTable(
                name: "power_flow_steps");

            migrationBuilder.DropTable(
                name: "power_items");
        }
    }
}
