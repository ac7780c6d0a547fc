using Autofac;
using Pryton.Kernel.Modules;

namespace Pryton.EndToEndTests.Probe;

/// <summary>A test module that exercises the gateway the way feature modules will: commands, a flow, buttons.</summary>
public sealed class ProbeModule : IPrytonModule
{
    public static ModuleDescriptor Descriptor => new(new ProbeModule(), typeof(ProbeModule).Assembly);

    /// <summary>Real modules whose message kinds the probe takes over (photos, locations), to test the kernel's routing.</summary>
    public static IReadOnlyCollection<string> Displaces { get; } = ["photos", "geo"];

    public string Key => "probe";

    public void Register(ContainerBuilder builder) => builder.RegisterType<SlowGate>().SingleInstance();
}
