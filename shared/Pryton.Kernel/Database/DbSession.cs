using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Pryton.Kernel.Database;

/// <summary>
/// The connection and transaction of the current unit of work. Every module DbContext and every kernel store in the
/// scope uses these, so one commit makes all of an update's effects durable together.
/// </summary>
public sealed class DbSession(NpgsqlConnection connection, NpgsqlTransaction transaction)
{
    private readonly List<DbContext> contexts = [];

    public NpgsqlConnection Connection { get; } = connection;

    public NpgsqlTransaction Transaction { get; } = transaction;

    /// <summary>Creates a command bound to this session's connection and transaction.</summary>
    public NpgsqlCommand Command(string sql)
    {
        var command = Connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = Transaction;
        return command;
    }

    /// <summary>Runs a statement with named parameters; returns the rows it changed.</summary>
    public async Task<int> ExecuteAsync(string sql, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(sql, parameters);
        return await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Runs a query with named parameters and returns its first value (the SQL must produce a <typeparamref name="T"/>).</summary>
    public async Task<T> ScalarAsync<T>(string sql, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(sql, parameters);
        return (T)(await command.ExecuteScalarAsync(ct))!;
    }

    /// <summary>Runs a query with named parameters and returns the first column of every row.</summary>
    public async Task<IReadOnlyList<T>> ColumnAsync<T>(string sql, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var values = new List<T>();
        while (await reader.ReadAsync(ct))
        {
            values.Add(reader.GetFieldValue<T>(0));
        }

        return values;
    }

    private NpgsqlCommand Command(string sql, (string Name, object Value)[] parameters)
    {
        var command = Command(sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }

    /// <summary>Several statements in one round trip, each with its own parameters.</summary>
    public NpgsqlBatch Batch(params (string Sql, (string Name, object Value)[] Parameters)[] statements)
    {
        ArgumentNullException.ThrowIfNull(statements);
        var batch = new NpgsqlBatch(Connection, Transaction);
        foreach (var (sql, parameters) in statements)
        {
            var command = new NpgsqlBatchCommand(sql);
            foreach (var (name, value) in parameters)
            {
                command.Parameters.AddWithValue(name, value);
            }

            batch.BatchCommands.Add(command);
        }

        return batch;
    }

    internal IReadOnlyList<DbContext> Contexts => contexts;

    internal void Enlist(DbContext context) => contexts.Add(context);
}
