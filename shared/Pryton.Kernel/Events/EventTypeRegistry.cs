using System.Reflection;
using Pryton.Contracts;

namespace Pryton.Kernel.Events;

/// <summary>Maps stored event type names to the contract records, and back.</summary>
internal sealed class EventTypeRegistry
{
    private readonly Dictionary<string, Type> byName;

    public EventTypeRegistry(IEnumerable<Assembly> contractAssemblies)
    {
        byName = contractAssemblies
            .SelectMany(a => a.GetTypes())
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IIntegrationEvent).IsAssignableFrom(t))
            .ToDictionary(NameOf, StringComparer.Ordinal);
    }

    public static string NameOf(Type eventType) => eventType.FullName ?? eventType.Name;

    public Type? Find(string name) => byName.GetValueOrDefault(name);
}
