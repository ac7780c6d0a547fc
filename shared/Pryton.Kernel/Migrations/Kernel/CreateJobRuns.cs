using FluentMigrator;

namespace Pryton.Kernel.Migrations.Kernel;

[Migration(202611261000, "kernel: job runs (a timer's effects are committed once, even when a crash makes Quartz run it again)")]
public sealed class CreateJobRuns : Migration
{
    public override void Up() => Execute.Sql("""
        -- One row per timer firing, written in the transaction of the job's effects. Quartz re-runs a job whose
        -- process died mid-run (or between the commit and Quartz's own record of it); the row makes that a no-op.
        CREATE TABLE kernel.job_runs (
            job_key varchar(200) NOT NULL,
            fire_time timestamptz NOT NULL,
            ran_at timestamptz NOT NULL,
            CONSTRAINT pk_job_runs PRIMARY KEY (job_key, fire_time));
        CREATE INDEX ix_job_runs_ran_at ON kernel.job_runs (ran_at);
        """);

    public override void Down() => Execute.Sql("DROP TABLE kernel.job_runs;");
}
