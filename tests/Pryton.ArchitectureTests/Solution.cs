using System.Reflection;
using Pryton.Kernel.Modules;

namespace Pryton.ArchitectureTests;

/// <summary>The real assemblies and project files under test.</summary>
internal static class Solution
{
    public static string Root { get; } = FindRoot();

    public static IReadOnlyList<Assembly> ModuleAssemblies { get; } =
        ModuleDiscovery.Discover().Select(m => m.Assembly).ToList();

    public static Assembly Host { get; } = typeof(Pryton.Host.PrytonApp).Assembly;

    public static Assembly Contracts { get; } = typeof(Pryton.Contracts.IIntegrationEvent).Assembly;

    public static Assembly Canary { get; } = typeof(Pryton.ArchitectureTests.Canary.CanaryModule).Assembly;

    public static IEnumerable<string> ModuleProjects =>
        Directory.GetFiles(Path.Combine(Root, "modules"), "Pryton.Modules.*.csproj", SearchOption.AllDirectories);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Pryton.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Pryton.sln not found above " + AppContext.BaseDirectory);
    }
}
