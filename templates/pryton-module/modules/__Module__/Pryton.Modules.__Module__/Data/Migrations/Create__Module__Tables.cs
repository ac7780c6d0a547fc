using FluentMigrator;

namespace Pryton.Modules.__Module__.Data.Migrations;

[Migration(__Version__, "__module__: newcomers")]
public sealed class Create__Module__Tables : Migration
{
    private const string Owner = "__module__";

    public override void Up()
    {
        // The runner creates the schema with the module's version table; migrations create tables in it.
        Create.Table("newcomers").InSchema(Owner)
            .WithColumn("user_id").AsInt64().PrimaryKey("pk_newcomers")
            .WithColumn("seen_at").AsDateTimeOffset().NotNullable();
    }

    public override void Down() => Delete.Table("newcomers").InSchema(Owner);
}
