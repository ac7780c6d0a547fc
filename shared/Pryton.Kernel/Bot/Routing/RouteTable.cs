using System.Reflection;
using Pryton.Kernel.Bot.Conversations;
using Pryton.Kernel.Modules;

namespace Pryton.Kernel.Bot.Routing;

/// <summary>
/// Every route of every module, read once from the handler attributes. Refuses to start when two handlers claim the
/// same command, callback action, flow or message kind, naming both.
/// </summary>
internal sealed class RouteTable
{
    private readonly Dictionary<string, Route> commands = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Route> callbacks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Route> flows = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, Route> flowsByType = [];
    private readonly Dictionary<MessageKind, Route> messages = [];

    public RouteTable(IEnumerable<(string Module, Assembly Assembly)> sources)
    {
        foreach (var (module, assembly) in sources)
        {
            foreach (var type in assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }))
            {
                Add(module, type);
            }
        }
    }

    public IReadOnlyCollection<Route> Commands => commands.Values;

    /// <summary>Every button action, flows included.</summary>
    public IReadOnlyCollection<Route> Callbacks => callbacks.Values;

    public IEnumerable<Type> HandlerTypes =>
        commands.Values.Concat(callbacks.Values).Concat(flows.Values).Concat(messages.Values).Select(r => r.Handler).Distinct();

    public Route? Command(string name) => commands.GetValueOrDefault(name);

    /// <summary>The route of <c>module:action</c>.</summary>
    public Route? Callback(string module, string action) => callbacks.GetValueOrDefault($"{module}:{action}");

    public Route? Flow(string module, string name) => flows.GetValueOrDefault($"{module}:{name}");

    public Route FlowOf(Type flowType) =>
        flowsByType.GetValueOrDefault(flowType) ?? throw new InvalidOperationException($"{flowType.Name} has no [BotFlow] attribute or is not in a module.");

    public Route? Message(MessageKind kind) => messages.GetValueOrDefault(kind);

    private void Add(string module, Type type)
    {
        foreach (var command in type.GetCustomAttributes<BotCommandAttribute>())
        {
            Require<ICommandHandler>(type, "[BotCommand]");
            Claim(commands, command.Command, new Route(type, command.Audience, module, command.Command), "/" + command.Command);
        }

        foreach (var callback in type.GetCustomAttributes<BotCallbackAttribute>())
        {
            Require<ICallbackHandler>(type, "[BotCallback]");
            Claim(callbacks, $"{module}:{callback.Action}", new Route(type, callback.Audience, module, callback.Action), $"callback {module}:{callback.Action}");
        }

        if (type.GetCustomAttribute<BotFlowAttribute>() is { } flow)
        {
            Require<IConversationFlow>(type, "[BotFlow]");
            var route = new Route(type, flow.Audience, module, flow.Name);
            Claim(flows, $"{module}:{flow.Name}", route, $"flow {module}:{flow.Name}");
            // A flow's buttons use its name as their action: it cannot also be a callback handler's action.
            Claim(callbacks, $"{module}:{flow.Name}", route, $"callback {module}:{flow.Name}");
            flowsByType[type] = route;
        }

        foreach (var message in type.GetCustomAttributes<BotMessageAttribute>())
        {
            Require<IMessageHandler>(type, "[BotMessage]");
            Claim(messages, message.Kind, new Route(type, message.Audience, module, message.Kind.ToString()), $"{message.Kind} messages");
        }
    }

    private static void Require<TInterface>(Type type, string attribute)
    {
        if (!typeof(TInterface).IsAssignableFrom(type))
        {
            throw new ModuleConflictException($"{type.FullName} has {attribute} but does not implement {typeof(TInterface).Name}.");
        }
    }

    private static void Claim<TKey>(Dictionary<TKey, Route> routes, TKey key, Route route, string what)
        where TKey : notnull
    {
        if (routes.TryGetValue(key, out var owner))
        {
            throw new ModuleConflictException(
                $"{owner.Handler.Name} (module {owner.Module}) and {route.Handler.Name} (module {route.Module}) both claim {what}.");
        }

        routes[key] = route;
    }
}
