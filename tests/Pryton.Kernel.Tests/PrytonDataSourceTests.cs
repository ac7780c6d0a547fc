using Npgsql;
using Pryton.Kernel.Database;

namespace Pryton.Kernel.Tests;

public sealed class PrytonDataSourceTests
{
    [Test]
    public void HotStatements_ArePreparedOncePerConnection_ByDefault()
    {
        using var source = PrytonDataSource.Build("Host=127.0.0.1;Database=pryton;Username=pryton");

        var settings = new NpgsqlConnectionStringBuilder(source.ConnectionString);

        Assert.Multiple(() =>
        {
            Assert.That(settings.MaxAutoPrepare, Is.EqualTo(64));
            Assert.That(settings.AutoPrepareMinUsages, Is.EqualTo(3));
        });
    }

    [Test]
    public void AnOperatorsOwnPreparationSetting_IsKept()
    {
        using var source = PrytonDataSource.Build("Host=127.0.0.1;Database=pryton;Username=pryton;Max Auto Prepare=10");

        Assert.That(new NpgsqlConnectionStringBuilder(source.ConnectionString).MaxAutoPrepare, Is.EqualTo(10));
    }
}
