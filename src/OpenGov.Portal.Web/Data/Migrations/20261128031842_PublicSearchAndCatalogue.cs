using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace OpenGov.Portal.Data.Migrations
{
    /// <summary>
    /// The public site's read side: the search table with its bigram functions and sync triggers, and the
    /// indexes the disclosure catalogue pages with (keyset, never OFFSET).
    /// </summary>
    public partial class PublicSearchAndCatalogue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "publication_search",
                columns: table => new
                {
                    publication_id = table.Column<int>(type: "integer", nullable: false),
                    column_id = table.Column<int>(type: "integer", nullable: false),
                    department_id = table.Column<int>(type: "integer", nullable: false),
                    year = table.Column<short>(type: "smallint", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    vector = table.Column<NpgsqlTsVector>(type: "tsvector", nullable: false),
                    content = table.Column<string>(type: "character varying(210000)", maxLength: 210000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_publication_search", x => x.publication_id);
                    table.ForeignKey(
                        name: "fk_publication_search_publications_publication_id",
                        column: x => x.publication_id,
                        principalTable: "publications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_publications_catalogue_created_on",
                table: "publications",
                columns: new[] { "created_on", "id" },
                filter: "live_edition_id IS NOT NULL AND withdrawn_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_publications_catalogue_department",
                table: "publications",
                columns: new[] { "department_id", "published_at", "id" },
                filter: "live_edition_id IS NOT NULL AND withdrawn_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_publications_catalogue_topic",
                table: "publications",
                columns: new[] { "topic", "published_at", "id" },
                filter: "live_edition_id IS NOT NULL AND withdrawn_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_publication_search_column_id_published_at_publication_id",
                table: "publication_search",
                columns: new[] { "column_id", "published_at", "publication_id" });

            migrationBuilder.CreateIndex(
                name: "ix_publication_search_department_id_published_at_publication_id",
                table: "publication_search",
                columns: new[] { "department_id", "published_at", "publication_id" });

            migrationBuilder.CreateIndex(
                name: "ix_publication_search_published_at_publication_id",
                table: "publication_search",
                columns: new[] { "published_at", "publication_id" });

            migrationBuilder.CreateIndex(
                name: "ix_publication_search_vector",
                table: "publication_search",
                column: "vector")
                .Annotation("Npgsql:IndexMethod", "gin");

            // Chinese full-text search (see docs/performance.md): CJK bigrams + Latin/digit words in a GIN-indexed
            // tsvector, kept by triggers so that every path that publishes, edits, withdraws or classifies an item
            // (the workflow, a scheduled job, a bulk loader, a hand-written UPDATE) leaves the search row right.
            migrationBuilder.Sql("""
                -- Keep the heap narrow: vector and text go to TOAST, so bitmap scans for counts and facets read
                -- ~70 rows per page instead of a few.
                ALTER TABLE publication_search SET (toast_tuple_target = 128);

                CREATE FUNCTION og_search_normalize(doc text) RETURNS text
                LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
                AS $$ SELECT lower(normalize(doc, NFKC)) $$;

                -- Plain text of sanitized body HTML: tags dropped, the common entities decoded.
                CREATE FUNCTION og_html_text(html text) RETURNS text
                LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
                AS $$
                    SELECT replace(replace(replace(replace(replace(replace(replace(
                             regexp_replace(html, '<[^>]*>', ' ', 'g'),
                             '&nbsp;', ' '), '&lt;', '<'), '&gt;', '>'), '&quot;', '"'), '&#39;', ''''), '&#x27;', ''''), '&amp;', '&')
                $$;

                -- Search terms, space separated: every run of CJK ideographs as overlapping bigrams (a lone
                -- ideograph as itself), every run of Latin letters/digits as one word; after NFKC + lower-case.
                CREATE FUNCTION og_search_terms(doc text) RETURNS text
                LANGUAGE sql IMMUTABLE PARALLEL SAFE
                AS $$
                    SELECT coalesce(string_agg(CASE WHEN t.word THEN t.tok ELSE substr(t.tok, g, 2) END, ' ' ORDER BY t.n, g), '')
                    FROM (SELECT r.m[1] AS tok, r.m[1] ~ '^[a-z0-9]' AS word, r.n
                          FROM regexp_matches(og_search_normalize(coalesce(doc, '')), '[㐀-䶿一-鿿豈-﫿]+|[a-z0-9]+', 'g')
                               WITH ORDINALITY AS r(m, n)) t
                    CROSS JOIN LATERAL generate_series(1, CASE WHEN t.word THEN 1 ELSE greatest(char_length(t.tok) - 1, 1) END) AS g
                $$;

                CREATE FUNCTION og_search_vector(doc text) RETURNS tsvector
                LANGUAGE sql IMMUTABLE PARALLEL SAFE
                AS $$ SELECT to_tsvector('simple'::regconfig, og_search_terms(doc)) $$;

                -- A query's terms ANDed. Callers pass runs of 2+ ideographs and words only; runs of 1 or 3+
                -- ideographs are then checked as exact substrings of publication_search.content.
                CREATE FUNCTION og_search_query(q text) RETURNS tsquery
                LANGUAGE sql IMMUTABLE PARALLEL SAFE
                AS $$ SELECT plainto_tsquery('simple'::regconfig, og_search_terms(q)) $$;

                DO $$
                BEGIN
                    IF og_search_vector('专利局 ISO９００１') <> '''专利'':1 ''利局'':2 ''iso9001'':3'::tsvector THEN
                        RAISE EXCEPTION 'Chinese search needs a UTF8 database whose locale classifies CJK ideographs as letters (e.g. C.UTF-8); got %',
                            og_search_vector('专利局 ISO９００１');
                    END IF;
                END $$;

                -- What the search row of a publication should be; no row when it is not public.
                CREATE VIEW publication_search_source AS
                SELECT p.id AS publication_id, p.column_id, p.department_id,
                       extract(year FROM (p.published_at AT TIME ZONE 'UTC') + interval '8 hours')::smallint AS year,
                       p.published_at,
                       setweight(og_search_vector(concat_ws(' ', p.title, p.document_number, p.index_number)), 'A')
                         || setweight(og_search_vector(p.summary), 'B')
                         || setweight(og_search_vector(b.text), 'D') AS vector,
                       left(og_search_normalize(concat_ws(E'\n', p.title, p.document_number, p.index_number, p.summary, b.text)), 210000) AS content
                FROM publications p
                JOIN editions e ON e.id = p.live_edition_id
                CROSS JOIN LATERAL (SELECT og_html_text(e.body_html) AS text OFFSET 0) b
                WHERE p.withdrawn_at IS NULL AND NOT p.gone AND p.classified_at IS NULL AND p.published_at IS NOT NULL;

                CREATE FUNCTION publication_search_refresh(pid integer) RETURNS void
                LANGUAGE plpgsql AS $$
                BEGIN
                    INSERT INTO publication_search (publication_id, column_id, department_id, year, published_at, vector, content)
                    SELECT publication_id, column_id, department_id, year, published_at, vector, content
                    FROM publication_search_source WHERE publication_id = pid
                    ON CONFLICT (publication_id) DO UPDATE SET
                        column_id = EXCLUDED.column_id, department_id = EXCLUDED.department_id, year = EXCLUDED.year,
                        published_at = EXCLUDED.published_at, vector = EXCLUDED.vector, content = EXCLUDED.content;
                    IF NOT FOUND THEN
                        DELETE FROM publication_search WHERE publication_id = pid;
                    END IF;
                END $$;

                CREATE FUNCTION publications_search_sync() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM publication_search_refresh(NEW.id);
                    RETURN NULL;
                END $$;

                CREATE TRIGGER publications_search_sync_insert AFTER INSERT ON publications
                    FOR EACH ROW WHEN (NEW.live_edition_id IS NOT NULL)
                    EXECUTE FUNCTION publications_search_sync();

                CREATE TRIGGER publications_search_sync_update AFTER UPDATE ON publications
                    FOR EACH ROW WHEN ((OLD.live_edition_id, OLD.title, OLD.summary, OLD.document_number, OLD.index_number,
                                        OLD.column_id, OLD.department_id, OLD.published_at, OLD.withdrawn_at, OLD.gone, OLD.classified_at)
                                       IS DISTINCT FROM
                                       (NEW.live_edition_id, NEW.title, NEW.summary, NEW.document_number, NEW.index_number,
                                        NEW.column_id, NEW.department_id, NEW.published_at, NEW.withdrawn_at, NEW.gone, NEW.classified_at))
                    EXECUTE FUNCTION publications_search_sync();

                CREATE FUNCTION editions_search_sync() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM publication_search_refresh(p.id) FROM publications p WHERE p.live_edition_id = NEW.id;
                    RETURN NULL;
                END $$;

                CREATE TRIGGER editions_search_sync AFTER UPDATE OF body_html ON editions
                    FOR EACH ROW WHEN (OLD.body_html IS DISTINCT FROM NEW.body_html)
                    EXECUTE FUNCTION editions_search_sync();

                SELECT publication_search_refresh(id) FROM publications;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS editions_search_sync ON editions;
                DROP FUNCTION IF EXISTS editions_search_sync();
                DROP TRIGGER IF EXISTS publications_search_sync_update ON publications;
                DROP TRIGGER IF EXISTS publications_search_sync_insert ON publications;
                DROP FUNCTION IF EXISTS publications_search_sync();
                DROP FUNCTION IF EXISTS publication_search_refresh(integer);
                DROP VIEW IF EXISTS publication_search_source;
                DROP FUNCTION IF EXISTS og_search_query(text);
                DROP FUNCTION IF EXISTS og_search_vector(text);
                DROP FUNCTION IF EXISTS og_search_terms(text);
                DROP FUNCTION IF EXISTS og_html_text(text);
                DROP FUNCTION IF EXISTS og_search_normalize(text);
                """);

            migrationBuilder.DropTable(
                name: "publication_search");

            migrationBuilder.DropIndex(
                name: "ix_publications_catalogue_created_on",
                table: "publications");

            migrationBuilder.DropIndex(
                name: "ix_publications_catalogue_department",
                table: "publications");

            migrationBuilder.DropIndex(
                name: "ix_publications_catalogue_topic",
                table: "publications");
        }
    }
}
