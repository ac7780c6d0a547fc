using FluentMigrator;

namespace Pryton.Modules.Admin.Data.Migrations;

[Migration(202611252315, "admin: admins and audit")]
public sealed class CreateAdmins : Migration
{
    private const string Owner = "admin";

    public override void Up()
    {
        // Admins live in the database, seeded from ADMIN_USER_IDS at start-up and granted in the bot.
        Create.Table("admins").InSchema(Owner)
            .WithColumn("user_id").AsInt64().PrimaryKey("pk_admins")
            .WithColumn("source").AsString(16).NotNullable()
            .WithColumn("granted_by").AsInt64().Nullable()
            .WithColumn("granted_at").AsDateTimeOffset().NotNullable();
        Execute.Sql("ALTER TABLE admin.admins ADD CONSTRAINT ck_admins_source CHECK (source IN ('bootstrap', 'granted'))");

        Create.Table("audit_entries").InSchema(Owner)
            .WithColumn("id").AsInt64().PrimaryKey("pk_audit_entries").Identity()
            .WithColumn("actor_id").AsInt64().NotNullable()
            .WithColumn("action").AsString(64).NotNullable()
            .WithColumn("target").AsString(200).Nullable()
            .WithColumn("allowed").AsBoolean().NotNullable()
            .WithColumn("details").AsCustom("jsonb").Nullable()
            .WithColumn("created_at").AsDateTimeOffset().NotNullable();
        Create.Index("ix_audit_entries_created_at").OnTable("audit_entries").InSchema(Owner).OnColumn("created_at").Descending();
    }

    public override void Down()
    {
        Delete.Table("audit_entries").InSchema(Owner);
        Delete.Table("admins").InSchema(Owner);
    }
}
