using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Pryton.ArchitectureTests;

/// <summary>
/// Reads what an assembly really uses from its metadata: the assemblies it references and, for each type it names,
/// the assembly that type lives in. The compiler drops unused references, so this is what the code depends on.
/// </summary>
internal sealed class AssemblyReferences
{
    private AssemblyReferences(string name, IReadOnlyList<string> assemblies, IReadOnlyList<(string Type, string Assembly)> types)
    {
        Name = name;
        Assemblies = assemblies;
        Types = types;
    }

    public string Name { get; }

    public IReadOnlyList<string> Assemblies { get; }

    public IReadOnlyList<(string Type, string Assembly)> Types { get; }

    public static AssemblyReferences Of(Assembly assembly)
    {
        using var stream = File.OpenRead(assembly.Location);
        using var pe = new PEReader(stream);
        var md = pe.GetMetadataReader();
        var assemblies = md.AssemblyReferences
            .Select(h => md.GetString(md.GetAssemblyReference(h).Name))
            .ToList();
        var types = new List<(string, string)>();
        foreach (var handle in md.TypeReferences)
        {
            var reference = md.GetTypeReference(handle);
            var scope = reference.ResolutionScope;
            while (scope.Kind == HandleKind.TypeReference)
            {
                scope = md.GetTypeReference((TypeReferenceHandle)scope).ResolutionScope; // a nested type: walk out
            }

            if (scope.Kind == HandleKind.AssemblyReference)
            {
                var owner = md.GetString(md.GetAssemblyReference((AssemblyReferenceHandle)scope).Name);
                types.Add(($"{md.GetString(reference.Namespace)}.{md.GetString(reference.Name)}", owner));
            }
        }

        return new AssemblyReferences(assembly.GetName().Name!, assemblies, types);
    }
}
