using FluentMigrator;

namespace Pryton.EndToEndTests.Probe;

[Migration(202611252359, "probe: forms and slow runs")]
public sealed class CreateProbeTables : Migration
{
    public override void Up() => Execute.Sql("""
        CREATE TABLE probe.forms (id bigserial PRIMARY KEY, chat_id bigint NOT NULL, name text NOT NULL, color text NOT NULL);
        CREATE TABLE probe.runs (id bigserial PRIMARY KEY, chat_id bigint NOT NULL, what text NOT NULL);
        """);

    public override void Down() => Execute.Sql("DROP TABLE probe.runs; DROP TABLE probe.forms;");
}
