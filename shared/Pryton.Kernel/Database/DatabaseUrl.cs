using Npgsql;

namespace Pryton.Kernel.Database;

/// <summary>
/// Turns DATABASE_URL into an Npgsql connection string. Operators of the original bot wrote
/// <c>postgresql://user:pass@host:port/db</c>; an Npgsql key=value string is accepted as it is.
/// </summary>
public static class DatabaseUrl
{
    public static string ToConnectionString(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        var trimmed = value.Trim();
        if (!trimmed.Contains("://", StringComparison.Ordinal))
        {
            return new NpgsqlConnectionStringBuilder(trimmed).ConnectionString;
        }

        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) ||
            uri.Scheme is not ("postgres" or "postgresql" or "postgresql+asyncpg" or "postgresql+psycopg2"))
        {
            throw new FormatException("DATABASE_URL must be postgresql://user:password@host:port/database or an Npgsql connection string.");
        }

        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')),
        };
        var credentials = uri.UserInfo.Split(':', 2);
        if (credentials[0].Length > 0)
        {
            builder.Username = Uri.UnescapeDataString(credentials[0]);
        }

        if (credentials.Length == 2)
        {
            builder.Password = Uri.UnescapeDataString(credentials[1]);
        }

        foreach (var (key, val) in QueryPairs(uri.Query))
        {
            // libpq spells these differently from Npgsql; everything else is passed through as Npgsql keywords.
            var npgsqlKey = key switch
            {
                "sslmode" => "SSL Mode",
                "application_name" => "Application Name",
                "connect_timeout" => "Timeout",
                _ => key,
            };
            builder[npgsqlKey] = val;
        }

        return builder.ConnectionString;
    }

    /// <summary>The connection string without its password, for logs.</summary>
    public static string Redact(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!string.IsNullOrEmpty(builder.Password))
        {
            builder.Password = "***";
        }

        return builder.ConnectionString;
    }

    private static IEnumerable<(string Key, string Value)> QueryPairs(string query) =>
        query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Select(p => (Uri.UnescapeDataString(p[0]), p.Length == 2 ? Uri.UnescapeDataString(p[1]) : string.Empty));
}
