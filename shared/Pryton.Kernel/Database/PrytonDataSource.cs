using Npgsql;

namespace Pryton.Kernel.Database;

/// <summary>The bot's one PostgreSQL data source (units of work, EF contexts, the outbox and the sender).</summary>
internal static class PrytonDataSource
{
    /// <summary>
    /// Statements used again and again (an update's entry, its reply, the sender's claim) are prepared once per
    /// connection: parsing and planning them afresh was a large share of the database's time under load. The same
    /// statement text is the same statement, so the cache holds the hot path and little else.
    /// </summary>
    public static NpgsqlDataSource Build(string connectionString)
    {
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        if (settings.MaxAutoPrepare == 0)
        {
            settings.MaxAutoPrepare = 64;
            settings.AutoPrepareMinUsages = 3;
        }

        return new NpgsqlDataSourceBuilder(settings.ConnectionString).Build();
    }
}
