using System.Reflection;
using System.Text.Json;
using Autofac;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pryton.Kernel.Database;
using Pryton.Kernel.Observability;
using Pryton.Kernel.UnitOfWork;

namespace Pryton.Kernel.Events;

/// <summary>
/// Delivers committed outbox events to every handler of every module, each in its own unit of work. Delivery is at
/// least once; the (event, handler) record makes each handler's effects happen once. Events left pending by a crash
/// are picked up by the next poll, here or on another replica.
/// </summary>
internal sealed class OutboxDispatcher(
    OutboxStore store,
    OutboxSignal signal,
    EventTypeRegistry eventTypes,
    EventHandlerRegistry handlers,
    IUnitOfWork unitOfWork,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    internal const int MaxAttempts = 8;
    private const int Batch = 100;
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Retention = TimeSpan.FromDays(7);
    private DateTimeOffset nextCleanup;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await DispatchPendingAsync(stoppingToken) > 0)
                {
                    // Keep draining while batches come back full or new events arrived meanwhile.
                }

                await CleanUpAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // The database may be restarting; the next poll tries again.
                logger.LogWarning(ex, "Outbox dispatch failed; retrying at the next poll");
                KernelMetrics.Errors.WithLabels("kernel", "outbox").Inc();
            }

            await signal.WaitAsync(PollInterval, stoppingToken);
        }
    }

    /// <summary>Claims one batch of due events and delivers each. Returns how many events it handled.</summary>
    internal async Task<int> DispatchPendingAsync(CancellationToken ct)
    {
        var rows = await store.ClaimAsync(Batch, clock.GetUtcNow(), ct);
        foreach (var row in rows)
        {
            await DeliverAsync(row, ct);
        }

        return rows.Count;
    }

    private async Task DeliverAsync(OutboxRow row, CancellationToken ct)
    {
        var eventType = eventTypes.Find(row.EventType);
        if (eventType is null)
        {
            await FailAsync(row, $"Unknown event type {row.EventType}", park: true, ct);
            return;
        }

        var @event = JsonSerializer.Deserialize(row.Payload, eventType, OutboxEventBus.Json)!;
        using var gameScope = Observability.GameLogScope.Begin(logger, @event);
        string? failure = null;
        foreach (var handlerType in handlers.HandlersOf(eventType))
        {
            using var logScope = logger.BeginScope(new Dictionary<string, object> { ["Module"] = ModuleOf(handlerType), ["EventId"] = row.Id });
            try
            {
                await unitOfWork.RunAsync("event", async (scope, token) =>
                {
                    var session = scope.Resolve<DbSession>();
                    if (await OutboxStore.TryRecordHandledAsync(session, row.Id, handlerType.FullName!, clock.GetUtcNow(), token))
                    {
                        await handlers.InvokeAsync(scope.Resolve(handlerType), @event, token);
                    }
                }, ct);
                KernelMetrics.EventsDelivered.WithLabels(eventType.Name).Inc();
            }
            catch (Exception ex) when (!ct.IsCancellationRequested)
            {
                var cause = ex is TargetInvocationException { InnerException: { } inner } ? inner : ex;
                logger.LogError(cause, "Handler {Handler} failed on {Event} {EventId} (attempt {Attempt})",
                    handlerType.Name, eventType.Name, row.Id, row.Attempts + 1);
                KernelMetrics.EventsFailed.WithLabels(eventType.Name).Inc();
                KernelMetrics.Errors.WithLabels(ModuleOf(handlerType), "event").Inc();
                failure ??= $"{handlerType.Name}: {cause.Message}";
            }
        }

        if (failure is null)
        {
            await store.MarkDispatchedAsync(row.Id, clock.GetUtcNow(), ct);
        }
        else
        {
            await FailAsync(row, failure, park: row.Attempts + 1 >= MaxAttempts, ct);
        }
    }

    private async Task FailAsync(OutboxRow row, string error, bool park, CancellationToken ct)
    {
        var attempts = row.Attempts + 1;
        var now = clock.GetUtcNow();
        await store.MarkFailedAsync(row.Id, attempts, now + Backoff(attempts), park, error, now, ct);
        if (park)
        {
            KernelMetrics.EventsParked.WithLabels(row.EventType).Inc();
            logger.LogError("Event {EventId} ({EventType}) parked after {Attempts} attempts: {Error}", row.Id, row.EventType, attempts, error);
        }
    }

    /// <summary>1 s, 2 s, 4 s … capped at 5 minutes.</summary>
    internal static TimeSpan Backoff(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(300, Math.Pow(2, Math.Max(0, attempts - 1))));

    private async Task CleanUpAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (now < nextCleanup)
        {
            return;
        }

        nextCleanup = now.AddHours(1);
        await store.DeleteDispatchedBeforeAsync(now - Retention, ct);
    }

    private static string ModuleOf(Type handlerType)
    {
        var name = handlerType.Assembly.GetName().Name ?? "kernel";
        return name.StartsWith("Pryton.Modules.", StringComparison.Ordinal)
            ? name["Pryton.Modules.".Length..].ToLowerInvariant()
            : "kernel";
    }
}
