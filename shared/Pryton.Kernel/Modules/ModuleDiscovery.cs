using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyModel;

namespace Pryton.Kernel.Modules;

/// <summary>Finds every feature module among the application's dependencies (deps.json), without naming any.</summary>
public static class ModuleDiscovery
{
    public const string AssemblyPrefix = "Pryton.Modules.";

    /// <summary>
    /// Scans the module assemblies listed in the entry application's deps.json. A module assembly that is only copied
    /// into the output folder (not referenced) is not found, so the host references every module project.
    /// </summary>
    public static IReadOnlyList<ModuleDescriptor> Discover() => Discover(ModuleAssemblies());

    /// <summary>Scans exactly the given assemblies, whatever their names (tests and tools that pick a set).</summary>
    public static IReadOnlyList<ModuleDescriptor> Discover(IEnumerable<Assembly> assemblies) =>
        Discover(scan => scan.FromAssemblies(assemblies));

    private static List<ModuleDescriptor> Discover(Func<Scrutor.ITypeSourceSelector, Scrutor.IImplementationTypeSelector> from)
    {
        // A throw-away collection: Scrutor only finds the types; Autofac gets the registrations.
        var found = new ServiceCollection();
        found.Scan(scan => from(scan)
            .AddClasses(c => c.AssignableTo<IPrytonModule>(), publicOnly: true)
            .As<IPrytonModule>()
            .WithSingletonLifetime());

        var modules = found
            .Select(d => d.ImplementationType!)
            .Distinct()
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => new ModuleDescriptor((IPrytonModule)Activator.CreateInstance(t)!, t.Assembly))
            .ToList();

        foreach (var perAssembly in modules.GroupBy(m => m.Assembly))
        {
            if (perAssembly.Count() > 1)
            {
                throw new ModuleConflictException(
                    $"Assembly {perAssembly.Key.GetName().Name} declares more than one module: " +
                    string.Join(", ", perAssembly.Select(m => m.Name)) + ". A module assembly holds exactly one.");
            }
        }

        return modules;
    }

    /// <summary>
    /// Module assemblies are picked by name from deps.json and only they are loaded. Loading every dependency to ask
    /// its name (as a scan of all application dependencies does) pulled the whole shared framework into the process
    /// — Razor, SignalR, Identity, about 300 assemblies — and cost the idle host tens of megabytes.
    /// </summary>
    private static List<Assembly> ModuleAssemblies()
    {
        var context = DependencyContext.Default
            ?? throw new InvalidOperationException("The application has no deps.json: modules are found through it.");
        return context.RuntimeLibraries
            .SelectMany(library => library.GetDefaultAssemblyNames(context))
            .Where(name => name.Name?.StartsWith(AssemblyPrefix, StringComparison.Ordinal) == true)
            .Select(Assembly.Load)
            .ToList();
    }
}
