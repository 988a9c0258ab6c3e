using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenGov.Portal.Data.Migrations
{
    /// <summary>
    /// Invariants that must hold whatever writes the rows: the audit log is append-only, and a
    /// classified document can never be published (上网信息不涉密,涉密信息不上网).
    /// </summary>
    public partial class GuardAuditLogAndClassifiedDocuments : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION audit_records_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'audit_records is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
                END $$;

                CREATE TRIGGER audit_records_no_update BEFORE UPDATE OR DELETE ON audit_records
                    FOR EACH ROW EXECUTE FUNCTION audit_records_append_only();
                CREATE TRIGGER audit_records_no_truncate BEFORE TRUNCATE ON audit_records
                    FOR EACH STATEMENT EXECUTE FUNCTION audit_records_append_only();

                CREATE FUNCTION editions_never_publish_classified() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP = 'UPDATE' AND OLD.status = 'Classified' AND NEW.status <> 'Classified' THEN
                        RAISE EXCEPTION 'edition % is classified and cannot leave that state', OLD.id USING ERRCODE = 'check_violation';
                    END IF;
                    IF NEW.status IN ('Published', 'Scheduled', 'Reviewed')
                       AND EXISTS (SELECT 1 FROM publications p WHERE p.id = NEW.publication_id AND p.classified_at IS NOT NULL) THEN
                        RAISE EXCEPTION 'publication % is classified and cannot be published', NEW.publication_id USING ERRCODE = 'check_violation';
                    END IF;
                    RETURN NEW;
                END $$;

                CREATE TRIGGER editions_never_publish_classified BEFORE INSERT OR UPDATE ON editions
                    FOR EACH ROW EXECUTE FUNCTION editions_never_publish_classified();

                CREATE FUNCTION publications_stay_classified() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF OLD.classified_at IS NOT NULL AND NEW.classified_at IS NULL THEN
                        RAISE EXCEPTION 'publication % is classified; the mark cannot be removed', OLD.id USING ERRCODE = 'check_violation';
                    END IF;
                    IF NEW.classified_at IS NOT NULL AND NOT NEW.gone AND NEW.withdrawn_at IS NULL AND NEW.published_at IS NOT NULL THEN
                        RAISE EXCEPTION 'publication % is classified and must stay off the public site', OLD.id USING ERRCODE = 'check_violation';
                    END IF;
                    RETURN NEW;
                END $$;

                CREATE TRIGGER publications_stay_classified BEFORE UPDATE ON publications
                    FOR EACH ROW EXECUTE FUNCTION publications_stay_classified();
                """);
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS publications_stay_classified ON publications;
                DROP FUNCTION IF EXISTS publications_stay_classified();
                DROP TRIGGER IF EXISTS editions_never_publish_classified ON editions;
                DROP FUNCTION IF EXISTS editions_never_publish_classified();
                DROP TRIGGER IF EXISTS audit_records_no_truncate ON audit_records;
                DROP TRIGGER IF EXISTS audit_records_no_update ON audit_records;
                DROP FUNCTION IF EXISTS audit_records_append_only();
                """);
        }
    }
}
