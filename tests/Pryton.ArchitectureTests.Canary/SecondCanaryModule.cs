using Autofac;
using Pryton.Kernel.Modules;

namespace Pryton.ArchitectureTests.Canary;

/// <summary>A second module class in one assembly: a module assembly holds exactly one.</summary>
public sealed class SecondCanaryModule : IPrytonModule
{
    public string Key => "canary";

    public void Register(ContainerBuilder builder)
    {
        // Nothing to register: this module exists to break the one-module-per-assembly rule.
    }
}
