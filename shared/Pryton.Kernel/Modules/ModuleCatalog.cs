using System.Reflection;
using Pryton.Kernel.Bot;

namespace Pryton.Kernel.Modules;

/// <summary>
/// The modules of this process and what each claims: its schema (= its key and callback prefix) and its commands.
/// Built once at start-up; a clash stops start-up with a message that names both modules.
/// </summary>
public sealed class ModuleCatalog
{
    private static readonly HashSet<string> ReservedKeys = new(StringComparer.Ordinal) { "kernel", "quartz", "public" };

    private ModuleCatalog(IReadOnlyList<ModuleDescriptor> modules) => Modules = modules;

    public IReadOnlyList<ModuleDescriptor> Modules { get; }

    /// <summary>The kernel followed by every module, in the order migrations run.</summary>
    public IEnumerable<ModuleDescriptor> MigrationTargets => Modules.Prepend(ModuleDescriptor.Kernel);

    public static ModuleCatalog Create(IEnumerable<ModuleDescriptor> modules)
    {
        var list = modules.ToList();
        var keys = new Dictionary<string, ModuleDescriptor>(StringComparer.Ordinal);
        var commands = new Dictionary<string, ModuleDescriptor>(StringComparer.Ordinal);
        foreach (var module in list)
        {
            CheckKey(module);
            Claim(keys, module.Key, module, "the schema and callback prefix");
            foreach (var command in CommandsOf(module.Assembly))
            {
                Claim(commands, command, module, "the command /");
            }
        }

        return new ModuleCatalog(list);
    }

    public ModuleDescriptor? Find(string nameOrKey) =>
        MigrationTargets.FirstOrDefault(m =>
            string.Equals(m.Key, nameOrKey, StringComparison.OrdinalIgnoreCase) ||
            string.Equals(m.Name, nameOrKey, StringComparison.OrdinalIgnoreCase) ||
            string.Equals(m.Name, nameOrKey + "Module", StringComparison.OrdinalIgnoreCase));

    internal static IEnumerable<string> CommandsOf(Assembly assembly) =>
        assembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributes<BotCommandAttribute>())
            .Select(a => a.Command)
            .Distinct(StringComparer.Ordinal);

    private static void CheckKey(ModuleDescriptor module)
    {
        var key = module.Key;
        var valid = key.Length is > 0 and <= 20 && key.All(c => c is >= 'a' and <= 'z');
        if (!valid || ReservedKeys.Contains(key))
        {
            throw new ModuleConflictException(
                $"Module {module.Name} has the key '{key}': a key is 1-20 lower-case letters and not one of " +
                string.Join(", ", ReservedKeys.Order(StringComparer.Ordinal)) + ".");
        }
    }

    private static void Claim(Dictionary<string, ModuleDescriptor> claims, string value, ModuleDescriptor module, string what)
    {
        if (claims.TryGetValue(value, out var owner))
        {
            var shown = what.EndsWith('/') ? what + value : $"{what} '{value}'";
            throw new ModuleConflictException(
                $"Modules {owner.Name} ({owner.Assembly.GetName().Name}) and {module.Name} " +
                $"({module.Assembly.GetName().Name}) both claim {shown}.");
        }

        claims[value] = module;
    }
}
