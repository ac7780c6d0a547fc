using FluentMigrator;

namespace Pryton.Kernel.Migrations.Kernel;

[Migration(202611252301, "kernel: processed updates")]
public sealed class CreateProcessedUpdates : Migration
{
    private const string Owner = "kernel";

    public override void Up()
    {
        // An update id recorded in the same transaction as the update's effects: a redelivered update is skipped.
        Create.Table("processed_updates").InSchema(Owner)
            .WithColumn("update_id").AsInt64().PrimaryKey("pk_processed_updates")
            .WithColumn("processed_at").AsDateTimeOffset().NotNullable();
        Create.Index("ix_processed_updates_processed_at").OnTable("processed_updates").InSchema(Owner)
            .OnColumn("processed_at").Ascending();
    }

    public override void Down() => Delete.Table("processed_updates").InSchema(Owner);
}
