using System.Diagnostics;
using Npgsql;

namespace Pryton.Testing;

/// <summary>
/// A throw-away PostgreSQL cluster in a temp folder on a free loopback port, made with the machine's initdb and
/// pg_ctl. As root the server runs as the <c>postgres</c> user (PostgreSQL refuses to run as root).
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private readonly string directory;
    private readonly string pgCtl;

    private readonly string options;

    private PostgresServer(string directory, string pgCtl, int port, string options)
    {
        this.directory = directory;
        this.pgCtl = pgCtl;
        this.options = options;
        Port = port;
    }

    public int Port { get; }

    /// <summary>Connection string to the maintenance database, as the superuser.</summary>
    public string AdminConnectionString => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1", Port = Port, Username = "postgres", Database = "postgres", Pooling = false,
    }.ConnectionString;

    public static async Task<PostgresServer> StartAsync()
    {
        var initDb = FindBinary("initdb");
        var pgCtl = FindBinary("pg_ctl");
        var directory = Path.Combine(Path.GetTempPath(), "pryton-pg-" + Guid.NewGuid().ToString("N")[..12]);
        var data = Path.Combine(directory, "data");
        Directory.CreateDirectory(data);
        if (IsRoot)
        {
            await RunAsync("chown", ["-R", "postgres:postgres", directory], asOwner: false);
        }

        await RunAsync(initDb, ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"], asOwner: true);
        var port = Pryton.Testing.FreePort.Next();
        // Durability switches are off for tests: a test cluster dies with the run, and fsync is most of a test's database
        // time. Benchmarks set PRYTON_TEST_DURABLE=1 to measure against a database that commits as production does.
        var durable = Environment.GetEnvironmentVariable("PRYTON_TEST_DURABLE") == "1";
        var options = $"-p {port} -k {directory} -c listen_addresses=127.0.0.1 -c max_connections=300 -c shared_buffers=128MB " +
                      (durable ? "-c fsync=on -c synchronous_commit=on" : "-c fsync=off -c synchronous_commit=off -c full_page_writes=off");
        await RunAsync(pgCtl, ["-D", data, "-l", Path.Combine(directory, "server.log"), "-w", "-t", "60", "-o", options, "start"], asOwner: true);
        return new PostgresServer(directory, pgCtl, port, options);
    }

    /// <summary>Stops the server abruptly (as a crash would) or cleanly; data is kept until disposal.</summary>
    public Task StopAsync(bool immediate = false) =>
        RunAsync(pgCtl, ["-D", Path.Combine(directory, "data"), "-m", immediate ? "immediate" : "fast", "-w", "stop"], asOwner: true);

    /// <summary>Starts a stopped server again on the same port.</summary>
    public Task RestartAsync() =>
        RunAsync(pgCtl, ["-D", Path.Combine(directory, "data"), "-l", Path.Combine(directory, "server.log"), "-w", "-t", "60", "-o", options, "start"], asOwner: true);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync(immediate: true);
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }

        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by the exiting server; the temp folder is cleaned by the OS.
        }
    }

    private static bool IsRoot => Environment.UserName == "root";


    internal static string FindBinary(string name)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        var installed = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(v => Path.Combine(v, "bin", name))
                .Where(File.Exists)
                .OrderByDescending(p => p, StringComparer.Ordinal)
                .FirstOrDefault()
            : null;
        return installed ?? throw new InvalidOperationException(
            $"{name} is not installed. Install PostgreSQL (apt-get install -y postgresql) or set PRYTON_TEST_DB.");
    }

    private static async Task RunAsync(string file, IReadOnlyList<string> args, bool asOwner)
    {
        var info = new ProcessStartInfo
        {
            FileName = asOwner && IsRoot ? "runuser" : file,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        if (asOwner && IsRoot)
        {
            foreach (var a in new[] { "-u", "postgres", "--", file })
            {
                info.ArgumentList.Add(a);
            }
        }

        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(file)} failed ({process.ExitCode}): {await stderr}{await stdout}");
        }
    }
}
