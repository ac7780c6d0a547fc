using FluentMigrator;

namespace Pryton.Modules.Admin.Data.Migrations;

[Migration(202611260600, "admin: the audit is append-only")]
public sealed class ProtectAuditEntries : Migration
{
    public override void Up() => Execute.Sql("""
        CREATE FUNCTION admin.refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'admin.audit_entries is append-only';
        END $$;
        CREATE TRIGGER tr_audit_entries_append_only BEFORE UPDATE OR DELETE ON admin.audit_entries
            FOR EACH ROW EXECUTE FUNCTION admin.refuse_audit_change();
        CREATE TRIGGER tr_audit_entries_no_truncate BEFORE TRUNCATE ON admin.audit_entries
            FOR EACH STATEMENT EXECUTE FUNCTION admin.refuse_audit_change();
        """);

    public override void Down() => Execute.Sql("""
        DROP TRIGGER tr_audit_entries_no_truncate ON admin.audit_entries;
        DROP TRIGGER tr_audit_entries_append_only ON admin.audit_entries;
        DROP FUNCTION admin.refuse_audit_change();
        """);
}
