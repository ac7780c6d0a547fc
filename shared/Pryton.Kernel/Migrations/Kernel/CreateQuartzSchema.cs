using FluentMigrator;

namespace Pryton.Kernel.Migrations.Kernel;

/// <summary>
/// Quartz's job store in the <c>quartz</c> schema, from the PostgreSQL script that ships inside Quartz.dll (the one its
/// own provisioning runs), so the tables always match the Quartz version in use.
/// </summary>
[Migration(202611260010, "kernel: quartz job store")]
public sealed class CreateQuartzSchema : Migration
{
    internal const string TablePrefix = "quartz.qrtz_";

    public override void Up()
    {
        Execute.Sql("CREATE SCHEMA IF NOT EXISTS quartz");
        using var stream = typeof(Quartz.IScheduler).Assembly.GetManifestResourceStream("Quartz.Impl.AdoJobStore.Schema.create_postgres.sql")
            ?? throw new InvalidOperationException("Quartz.dll no longer carries its PostgreSQL schema script.");
        using var reader = new StreamReader(stream);
        var script = reader.ReadToEnd().Replace("{0}", TablePrefix, StringComparison.Ordinal).Replace("{1}", "qrtz_", StringComparison.Ordinal);
        // Statements are separated by lines reading exactly "--;;" (the header mentions the marker in prose too).
        foreach (var statement in System.Text.RegularExpressions.Regex.Split(script, @"^--;;\s*$", System.Text.RegularExpressions.RegexOptions.Multiline))
        {
            if (statement.Split('\n').Any(line => !line.TrimStart().StartsWith("--", StringComparison.Ordinal) && line.Trim().Length > 0))
            {
                Execute.Sql(statement);
            }
        }
    }

    public override void Down() => Execute.Sql("DROP SCHEMA quartz CASCADE");
}
