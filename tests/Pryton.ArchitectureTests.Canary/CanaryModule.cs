using Autofac;
using Pryton.Kernel.Modules;

namespace Pryton.ArchitectureTests.Canary;

/// <summary>A module whose key is taken by the real Games module.</summary>
public sealed class CanaryModule : IPrytonModule
{
    public string Key => "games";

    public void Register(ContainerBuilder builder)
    {
        // Nothing to register: this module exists to clash.
    }
}
