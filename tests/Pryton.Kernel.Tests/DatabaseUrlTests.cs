using Npgsql;
using Pryton.Kernel.Database;

namespace Pryton.Kernel.Tests;

public sealed class DatabaseUrlTests
{
    [Test]
    public void ToConnectionString_PostgresqlUrl_MapsEveryPart()
    {
        var result = new NpgsqlConnectionStringBuilder(DatabaseUrl.ToConnectionString("postgresql://user:p%40ss@db.local:6543/pryton_bot?sslmode=disable"));

        Assert.Multiple(() =>
        {
            Assert.That(result.Host, Is.EqualTo("db.local"));
            Assert.That(result.Port, Is.EqualTo(6543));
            Assert.That(result.Username, Is.EqualTo("user"));
            Assert.That(result.Password, Is.EqualTo("p@ss"));
            Assert.That(result.Database, Is.EqualTo("pryton_bot"));
            Assert.That(result.SslMode, Is.EqualTo(SslMode.Disable));
        });
    }

    [Test]
    public void ToConnectionString_UrlWithoutPort_UsesDefaultPort()
    {
        var result = new NpgsqlConnectionStringBuilder(DatabaseUrl.ToConnectionString("postgres://bot@localhost/pryton"));

        Assert.That(result.Port, Is.EqualTo(5432));
    }

    [Test]
    public void ToConnectionString_NpgsqlConnectionString_IsKept()
    {
        var result = new NpgsqlConnectionStringBuilder(DatabaseUrl.ToConnectionString("Host=10.0.0.5;Port=5433;Database=x;Username=y"));

        Assert.That((result.Host, result.Port, result.Database), Is.EqualTo(("10.0.0.5", 5433, "x")));
    }

    [Test]
    public void ToConnectionString_SqliteUrlOfTheOriginalBot_IsRefusedWithAHint()
    {
        var error = Assert.Throws<FormatException>(() => DatabaseUrl.ToConnectionString("sqlite:///./bot.db"));

        Assert.That(error!.Message, Does.Contain("postgresql://"));
    }

    [Test]
    public void Redact_ConnectionStringWithPassword_HidesIt()
    {
        var redacted = DatabaseUrl.Redact("Host=h;Username=u;Password=secret");

        Assert.That(redacted, Does.Not.Contain("secret"));
    }
}
