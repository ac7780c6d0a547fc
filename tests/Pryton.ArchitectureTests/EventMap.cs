using System.Reflection;
using System.Text;
using Pryton.Contracts;
using Pryton.Kernel.Events;
using Pryton.Kernel.Modules;

namespace Pryton.ArchitectureTests;

/// <summary>
/// The modules and the events between them, read from the code: which module's contracts declare each event, and
/// which modules handle it. docs/architecture.md carries this map; a test keeps the two equal.
/// </summary>
internal static class EventMap
{
    public const string TableStart = "<!-- event-table:start -->";
    public const string TableEnd = "<!-- event-table:end -->";
    public const string DiagramStart = "<!-- event-diagram:start -->";
    public const string DiagramEnd = "<!-- event-diagram:end -->";

    public static IReadOnlyList<(string Event, string DeclaredBy, IReadOnlyList<string> HandledBy)> Build(IEnumerable<Assembly> modules)
    {
        var handlers = modules
            .Select(a => (Key: ModuleDiscovery.Discover([a]).Single().Key, Assembly: a))
            .Append((Key: "kernel", Assembly: typeof(IEventBus).Assembly))
            .SelectMany(m => m.Assembly.GetTypes()
                .SelectMany(t => t.GetInterfaces())
                .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEventHandler<>))
                .Select(i => (Event: i.GetGenericArguments()[0], m.Key)))
            .ToList();

        return typeof(IIntegrationEvent).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IIntegrationEvent).IsAssignableFrom(t))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => (t.Name, DeclaredBy(t), (IReadOnlyList<string>)handlers.Where(h => h.Event == t).Select(h => h.Key).Distinct().Order(StringComparer.Ordinal).ToList()))
            .ToList();
    }

    public static string Table(IEnumerable<(string Event, string DeclaredBy, IReadOnlyList<string> HandledBy)> map)
    {
        var text = new StringBuilder();
        text.AppendLine("| event | declared by (publisher) | handled by |").AppendLine("|---|---|---|");
        foreach (var (e, declared, handled) in map)
        {
            text.AppendLine($"| `{e}` | {declared} | {(handled.Count == 0 ? "—" : string.Join(", ", handled))} |");
        }

        return text.ToString().TrimEnd();
    }

    public static string Diagram(IEnumerable<(string Event, string DeclaredBy, IReadOnlyList<string> HandledBy)> map)
    {
        var text = new StringBuilder().AppendLine("```mermaid").AppendLine("flowchart LR");
        foreach (var (e, declared, handled) in map)
        {
            foreach (var handler in handled)
            {
                text.AppendLine($"    {declared} -- {e} --> {handler}");
            }
        }

        return text.Append("```").ToString();
    }

    public static string Between(string document, string start, string end)
    {
        var from = document.IndexOf(start, StringComparison.Ordinal);
        var to = document.IndexOf(end, StringComparison.Ordinal);
        return from < 0 || to < from ? string.Empty : document[(from + start.Length)..to].Trim();
    }

    private static string DeclaredBy(Type eventType) =>
        eventType.Namespace?.Split('.') is [_, _, var module, ..] ? module.ToLowerInvariant() : "kernel";
}
