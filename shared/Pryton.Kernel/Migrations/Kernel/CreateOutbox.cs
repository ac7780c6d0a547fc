using FluentMigrator;

namespace Pryton.Kernel.Migrations.Kernel;

[Migration(202611252300, "kernel: outbox and handled events")]
public sealed class CreateOutbox : Migration
{
    private const string Owner = "kernel";

    public override void Up()
    {
        Create.Table("outbox").InSchema(Owner)
            .WithColumn("id").AsGuid().PrimaryKey("pk_outbox")
            .WithColumn("seq").AsInt64().Identity().NotNullable()
            .WithColumn("event_type").AsString(300).NotNullable()
            .WithColumn("payload").AsCustom("jsonb").NotNullable()
            .WithColumn("created_at").AsDateTimeOffset().NotNullable()
            .WithColumn("next_attempt_at").AsDateTimeOffset().NotNullable()
            .WithColumn("locked_until").AsDateTimeOffset().Nullable()
            .WithColumn("attempts").AsInt32().NotNullable().WithDefaultValue(0)
            .WithColumn("dispatched_at").AsDateTimeOffset().Nullable()
            .WithColumn("parked_at").AsDateTimeOffset().Nullable()
            .WithColumn("last_error").AsString(2000).Nullable();

        // The dispatcher only ever looks at pending rows; a partial index keeps that cheap as history grows.
        Execute.Sql("CREATE INDEX ix_outbox_pending ON kernel.outbox (seq) WHERE dispatched_at IS NULL AND parked_at IS NULL");

        Create.Table("handled_events").InSchema(Owner)
            .WithColumn("event_id").AsGuid().NotNullable()
            .WithColumn("handler").AsString(300).NotNullable()
            .WithColumn("handled_at").AsDateTimeOffset().NotNullable();
        Create.PrimaryKey("pk_handled_events").OnTable("handled_events").WithSchema(Owner).Columns("event_id", "handler");
    }

    public override void Down()
    {
        Delete.Table("handled_events").InSchema(Owner);
        Delete.Table("outbox").InSchema(Owner);
    }
}
