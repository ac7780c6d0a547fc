using FluentMigrator;

namespace Pryton.Modules.Notifications.Data.Migrations;

[Migration(202611252316, "notifications: preferences and subscriptions")]
public sealed class CreatePreferences : Migration
{
    private const string Owner = "notifications";

    public override void Up()
    {
        // Only non-essential kinds can be switched off; game-flow notices are always sent.
        Create.Table("preferences").InSchema(Owner)
            .WithColumn("user_id").AsInt64().PrimaryKey("pk_preferences")
            .WithColumn("announcements").AsBoolean().NotNullable().WithDefaultValue(true)
            .WithColumn("early_reminders").AsBoolean().NotNullable().WithDefaultValue(true)
            .WithColumn("updated_at").AsDateTimeOffset().NotNullable();

        Create.Table("subscriptions").InSchema(Owner)
            .WithColumn("user_id").AsInt64().NotNullable()
            .WithColumn("district_id").AsInt64().NotNullable()                  // Geo's id, by value
            .WithColumn("created_at").AsDateTimeOffset().NotNullable();
        Create.PrimaryKey("pk_subscriptions").OnTable("subscriptions").WithSchema(Owner).Columns("user_id", "district_id");
        Create.Index("ix_subscriptions_district_id").OnTable("subscriptions").InSchema(Owner).OnColumn("district_id").Ascending();
    }

    public override void Down()
    {
        Delete.Table("subscriptions").InSchema(Owner);
        Delete.Table("preferences").InSchema(Owner);
    }
}
