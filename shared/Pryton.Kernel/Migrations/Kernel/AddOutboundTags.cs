using FluentMigrator;

namespace Pryton.Kernel.Migrations.Kernel;

[Migration(202611260700, "kernel: outbound messages tagged by what sent them (a broadcast's progress)")]
public sealed class AddOutboundTags : Migration
{
    public override void Up() => Execute.Sql("""
        ALTER TABLE kernel.outbound ADD COLUMN tag varchar(64) NULL;
        CREATE INDEX ix_outbound_tag ON kernel.outbound (tag) WHERE tag IS NOT NULL;
        """);

    public override void Down() => Execute.Sql("""
        DROP INDEX kernel.ix_outbound_tag;
        ALTER TABLE kernel.outbound DROP COLUMN tag;
        """);
}
