using Npgsql;

namespace Pryton.Kernel.Migrations;

/// <summary>A session-level advisory lock held while migrations run, so two processes never migrate at once.</summary>
internal sealed class MigrationLock : IDisposable
{
    // Any fixed 64-bit number works; this one spells "pryton" in ASCII.
    private const long Key = 0x707279746F6E;
    private readonly NpgsqlConnection connection;

    private MigrationLock(NpgsqlConnection connection) => this.connection = connection;

    public static MigrationLock Take(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand($"SELECT pg_advisory_lock({Key})", connection);
        command.ExecuteNonQuery();
        return new MigrationLock(connection);
    }

    public void Dispose()
    {
        // Closing the session releases the lock even if the unlock call fails.
        using (var command = new NpgsqlCommand($"SELECT pg_advisory_unlock({Key})", connection))
        {
            command.ExecuteNonQuery();
        }

        connection.Dispose();
    }
}
