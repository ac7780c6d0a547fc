using System.Reflection;
using System.Xml.Linq;
using Pryton.Kernel.Modules;

namespace Pryton.ArchitectureTests;

/// <summary>
/// The module boundaries as functions from an assembly to its violations. Each rule is run on the real assemblies
/// (no violation) and on the canary (at least one), so a rule that stops looking fails loudly.
/// </summary>
internal static class ArchitectureRules
{
    private const string ModulePrefix = ModuleDiscovery.AssemblyPrefix;

    /// <summary>A module uses the kernel, the contracts and packages: never another module or the host.</summary>
    public static IReadOnlyList<string> ModuleReferencesNoOtherModule(Assembly module, string moduleName)
    {
        var refs = AssemblyReferences.Of(module);
        return refs.Assemblies
            .Where(a => (a.StartsWith(ModulePrefix, StringComparison.Ordinal) && a != moduleName) || a == "Pryton.Host")
            .Select(a => $"{moduleName} references {a}")
            .ToList();
    }

    /// <summary>The host composes modules it discovers; its code names no module type.</summary>
    public static IReadOnlyList<string> NamesNoModuleType(Assembly host) =>
        AssemblyReferences.Of(host).Types
            .Where(t => t.Assembly.StartsWith(ModulePrefix, StringComparison.Ordinal))
            .Select(t => $"{host.GetName().Name} names {t.Type} from {t.Assembly}")
            .ToList();

    /// <summary>Contracts are shared by every module, so they depend on the BCL alone.</summary>
    public static IReadOnlyList<string> ReferencesOnlyTheBcl(Assembly contracts) =>
        AssemblyReferences.Of(contracts).Assemblies
            .Where(a => !(a is "netstandard" or "mscorlib" || a.StartsWith("System", StringComparison.Ordinal) ||
                          a.StartsWith("Microsoft.Win32", StringComparison.Ordinal)))
            .Select(a => $"{contracts.GetName().Name} references {a}")
            .ToList();

    /// <summary>A module exports its module class and its migrations (FluentMigrator scans exported types) only.</summary>
    public static IReadOnlyList<string> ExportsOnlyModuleAndMigrations(Assembly module) =>
        module.GetExportedTypes()
            .Where(t => !typeof(IPrytonModule).IsAssignableFrom(t) && !typeof(FluentMigrator.IMigration).IsAssignableFrom(t))
            .Select(t => $"{module.GetName().Name} exports {t.FullName}; make it internal")
            .ToList();

    /// <summary>Exactly one module class per module assembly, whose key is the assembly's name in lower case.</summary>
    public static IReadOnlyList<string> DeclaresExactlyOneMatchingModule(Assembly module)
    {
        var name = module.GetName().Name!;
        var modules = module.GetTypes().Where(t => !t.IsAbstract && typeof(IPrytonModule).IsAssignableFrom(t)).ToList();
        if (modules.Count != 1)
        {
            return [$"{name} declares {modules.Count} module classes"];
        }

        var key = ((IPrytonModule)Activator.CreateInstance(modules[0])!).Key;
        var expected = name.StartsWith(ModulePrefix, StringComparison.Ordinal) ? name[ModulePrefix.Length..].ToLowerInvariant() : null;
        return key == expected ? [] : [$"{name}: module key '{key}' should be '{expected}'"];
    }

    /// <summary>Integration events are shared contracts: declared in Pryton.Contracts, nowhere else.</summary>
    public static IReadOnlyList<string> DeclaresNoIntegrationEvent(Assembly assembly) =>
        assembly.GetTypes()
            .Where(t => typeof(Pryton.Contracts.IIntegrationEvent).IsAssignableFrom(t) && !t.IsInterface)
            .Select(t => $"{assembly.GetName().Name} declares the event {t.Name}; move it to Pryton.Contracts")
            .ToList();

    /// <summary>Project files keep the same boundary: a module project references only kernel and contracts.</summary>
    public static IReadOnlyList<string> ProjectReferencesOnlyKernelAndContracts(string csprojPath)
    {
        var allowed = new[] { "Pryton.Kernel.csproj", "Pryton.Contracts.csproj" };
        return XDocument.Load(csprojPath).Descendants("ProjectReference")
            .Select(e => (string?)e.Attribute("Include") ?? string.Empty)
            .Where(include => !allowed.Contains(Path.GetFileName(include.Replace('\\', '/'))))
            .Select(include => $"{Path.GetFileName(csprojPath)} references {include}")
            .ToList();
    }
}
