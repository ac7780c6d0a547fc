using System.Collections.Concurrent;
using System.Reflection;

namespace Pryton.Kernel.Events;

/// <summary>
/// Every <see cref="IEventHandler{TEvent}"/> of every module, by event type, found once at start-up. The handler's
/// full type name is its identity in <c>kernel.handled_events</c>, so renaming a handler class re-runs pending events.
/// </summary>
internal sealed class EventHandlerRegistry
{
    private readonly Dictionary<Type, List<Type>> handlers = [];
    private readonly ConcurrentDictionary<(Type Handler, Type Event), MethodInfo> methods = new();

    public EventHandlerRegistry(IEnumerable<Assembly> assemblies)
    {
        foreach (var type in assemblies.SelectMany(a => a.GetTypes()).Where(t => t is { IsClass: true, IsAbstract: false }))
        {
            foreach (var eventType in HandledEvents(type))
            {
                if (!handlers.TryGetValue(eventType, out var list))
                {
                    handlers[eventType] = list = [];
                }

                list.Add(type);
            }
        }
    }

    public IReadOnlyCollection<Type> AllHandlerTypes => handlers.Values.SelectMany(h => h).Distinct().ToList();

    public IReadOnlyList<Type> HandlersOf(Type eventType) =>
        handlers.TryGetValue(eventType, out var list) ? list : [];

    public static IEnumerable<Type> HandledEvents(Type handlerType) =>
        handlerType.GetInterfaces()
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEventHandler<>))
            .Select(i => i.GetGenericArguments()[0]);

    public Task InvokeAsync(object handler, object @event, CancellationToken ct)
    {
        var method = methods.GetOrAdd((handler.GetType(), @event.GetType()), key =>
            typeof(IEventHandler<>).MakeGenericType(key.Event).GetMethod(nameof(IEventHandler<Contracts.IIntegrationEvent>.HandleAsync))!);
        return (Task)method.Invoke(handler, [@event, ct])!;
    }
}
