using Npgsql;

namespace Pryton.Kernel.Bot.Outbound;

/// <summary>
/// Only one replica sends, so the global Telegram limit holds across replicas: the sender works while it holds a
/// session-level advisory lock on a connection of its own. A lost connection loses the lock, and the sender stops.
/// </summary>
internal sealed class SenderLeadership(NpgsqlDataSource dataSource) : IAsyncDisposable
{
    // "outbox" spelled in ASCII: any fixed number different from the migration lock.
    private const long Key = 0x6F7574626F78;
    private NpgsqlConnection? connection;

    public bool Held => connection is { State: System.Data.ConnectionState.Open };

    public async Task<bool> TryAcquireAsync(CancellationToken ct)
    {
        await ReleaseAsync();
        var candidate = await dataSource.OpenConnectionAsync(ct);
        await using var command = new NpgsqlCommand($"SELECT pg_try_advisory_lock({Key})", candidate);
        if (await command.ExecuteScalarAsync(ct) is true)
        {
            connection = candidate;
            return true;
        }

        await candidate.DisposeAsync();
        return false;
    }

    /// <summary>Checks the lock's connection is alive (the server restarted → the lock is gone).</summary>
    public async Task<bool> StillHeldAsync(CancellationToken ct)
    {
        if (connection is null)
        {
            return false;
        }

        try
        {
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            await command.ExecuteScalarAsync(ct);
            return true;
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or IOException)
        {
            await ReleaseAsync();
            return false;
        }
    }

    public async Task ReleaseAsync()
    {
        if (connection is not null)
        {
            // Closing the session releases the advisory lock.
            await connection.DisposeAsync();
            connection = null;
        }
    }

    public ValueTask DisposeAsync() => new(ReleaseAsync());
}
