using System.Reflection;
using Pryton.Kernel.Modules;

namespace Pryton.Kernel.Scheduling;

/// <summary>Every module's jobs: data type → job type and owning module, found once at start-up.</summary>
internal sealed class JobRegistry
{
    private readonly Dictionary<Type, (Type Job, string Module)> byData = [];
    private readonly Dictionary<string, Type> dataByName = new(StringComparer.Ordinal);

    public JobRegistry(IEnumerable<(string Module, Assembly Assembly)> sources)
    {
        foreach (var (module, assembly) in sources)
        {
            foreach (var type in assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }))
            {
                foreach (var data in type.GetInterfaces()
                             .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IPrytonJob<>))
                             .Select(i => i.GetGenericArguments()[0]))
                {
                    if (byData.TryGetValue(data, out var existing))
                    {
                        throw new ModuleConflictException($"{existing.Job.Name} and {type.Name} both run jobs of {data.Name}; give each job its own data record.");
                    }

                    byData[data] = (type, module);
                    dataByName[NameOf(data)] = data;
                }
            }
        }
    }

    public IEnumerable<Type> JobTypes => byData.Values.Select(v => v.Job);

    public static string NameOf(Type dataType) => dataType.FullName ?? dataType.Name;

    public (Type Job, string Module) For(Type dataType) =>
        byData.TryGetValue(dataType, out var job) ? job : throw new InvalidOperationException($"No IPrytonJob<{dataType.Name}> in any module.");

    public Type? DataType(string name) => dataByName.GetValueOrDefault(name);
}
