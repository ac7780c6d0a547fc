using Autofac;
using Autofac.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Pryton.Kernel.Composition;
using Pryton.Kernel.Modules;
using Pryton.Kernel.Scheduling;

namespace Pryton.Testing;

/// <summary>
/// The kernel and a chosen set of modules in an Autofac container, without the web host or its background
/// services, on a fake clock: for tests that drive the unit of work, the outbox and the dispatcher step by step.
/// </summary>
public sealed class KernelContainer : IAsyncDisposable
{
    private KernelContainer(IContainer container, FakeTimeProvider clock)
    {
        Container = container;
        Clock = clock;
    }

    public IContainer Container { get; }

    public FakeTimeProvider Clock { get; }

    public static KernelContainer Create(string connectionString, IEnumerable<ModuleDescriptor> modules, Action<ContainerBuilder>? overrides = null)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection().AddLogging(l => l.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning));
        services.AddPrytonScheduler(connectionString, startWithHost: false);
        var builder = new ContainerBuilder();
        builder.Populate(services);
        KernelRegistrations.Register(builder, ModuleCatalog.Create(modules), connectionString);
        builder.RegisterInstance(clock).As<TimeProvider>();
        overrides?.Invoke(builder);
        return new KernelContainer(builder.Build(), clock);
    }

    public T Resolve<T>()
        where T : notnull => Container.Resolve<T>();

    public ValueTask DisposeAsync() => Container.DisposeAsync();
}
