using FluentMigrator;

namespace Pryton.Modules.Roles.Data.Migrations;

[Migration(202611252312, "roles: role display names")]
public sealed class CreateRoleNames : Migration
{
    private const string Owner = "roles";

    public override void Up()
    {
        // Admins rename roles as players see them (the original's role_displays), per language.
        Create.Table("role_names").InSchema(Owner)
            .WithColumn("role").AsString(16).NotNullable()
            .WithColumn("language").AsString(2).NotNullable()
            .WithColumn("display_name").AsString(32).NotNullable()
            .WithColumn("updated_at").AsDateTimeOffset().NotNullable();
        Create.PrimaryKey("pk_role_names").OnTable("role_names").WithSchema(Owner).Columns("role", "language");
        Execute.Sql("""
            INSERT INTO roles.role_names (role, language, display_name, updated_at) VALUES
              ('seeker', 'ru', '🔍 Искатель', now()), ('driver', 'ru', '🚗 Водитель', now()), ('observer', 'ru', '👁 Наблюдатель', now()),
              ('seeker', 'en', '🔍 Seeker', now()), ('driver', 'en', '🚗 Driver', now()), ('observer', 'en', '👁 Observer', now())
            """);
    }

    public override void Down() => Delete.Table("role_names").InSchema(Owner);
}
