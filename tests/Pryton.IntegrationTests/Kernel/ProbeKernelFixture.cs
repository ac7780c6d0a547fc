using Pryton.IntegrationTests.Probe;
using Pryton.Testing;

namespace Pryton.IntegrationTests.Kernel;

/// <summary>A fresh database with the probe's tables, and a new kernel container for every test.</summary>
public abstract class ProbeKernelFixture
{
    protected TestDatabase Db { get; private set; } = null!;

    protected KernelContainer Kernel { get; set; } = null!;

    /// <summary>Registrations over the kernel's (a different clock, say).</summary>
    protected virtual Action<Autofac.ContainerBuilder>? Overrides => null;

    /// <summary>Tables emptied before each test.</summary>
    protected abstract string Tables { get; }

    [OneTimeSetUp]
    public async Task CreateDatabase()
    {
        Db = await TestPostgres.CreateDatabaseAsync();
        await Db.ExecuteAsync(ProbeModule.Schema);
    }

    [OneTimeTearDown]
    public async Task DropDatabase() => await Db.DisposeAsync();

    [SetUp]
    public async Task StartKernel()
    {
        await Db.ExecuteAsync($"TRUNCATE {Tables} CASCADE");
        Kernel = KernelContainer.Create(Db.ConnectionString, [ProbeModule.Descriptor], Overrides);
    }

    [TearDown]
    public async Task StopKernel() => await Kernel.DisposeAsync();
}
