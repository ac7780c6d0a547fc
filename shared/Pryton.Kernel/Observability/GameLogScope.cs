using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.Extensions.Logging;

namespace Pryton.Kernel.Observability;

/// <summary>
/// Puts <c>GameId</c> on every log line of a job run or an event delivery that concerns a game: job data and events
/// that carry a <c>long GameId</c> property are recognised by that name, so no module has to remember it.
/// </summary>
public static class GameLogScope
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo?> GameIdProperties = new();

    public static IDisposable? Begin(ILogger logger, object? subject)
    {
        ArgumentNullException.ThrowIfNull(logger);
        if (subject is null)
        {
            return null;
        }

        var property = GameIdProperties.GetOrAdd(subject.GetType(), t => t.GetProperty("GameId") is { PropertyType: var p } found && p == typeof(long) ? found : null);
        return property?.GetValue(subject) is long gameId ? logger.BeginScope(new Dictionary<string, object> { ["GameId"] = gameId }) : null;
    }
}
