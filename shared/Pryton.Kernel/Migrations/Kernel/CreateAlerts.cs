using FluentMigrator;

namespace Pryton.Kernel.Migrations.Kernel;

[Migration(202611260020, "kernel: relayed alerts")]
public sealed class CreateAlerts : Migration
{
    public override void Up() => Execute.Sql("""
        -- The last state relayed per Alertmanager fingerprint: a repeat of the same state is not sent again.
        CREATE TABLE kernel.alerts (
            fingerprint varchar(64) NOT NULL CONSTRAINT pk_alerts PRIMARY KEY,
            alert_name varchar(200) NOT NULL,
            status varchar(10) NOT NULL CONSTRAINT ck_alerts_status CHECK (status IN ('firing', 'resolved')),
            updated_at timestamptz NOT NULL);
        """);

    public override void Down() => Execute.Sql("DROP TABLE kernel.alerts");
}
