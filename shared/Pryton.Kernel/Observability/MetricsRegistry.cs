using System.Runtime.CompilerServices;

namespace Pryton.Kernel.Observability;

/// <summary>
/// Creates every kernel metric at start-up, so each appears on <c>/metrics</c> (at zero) before its first event: a
/// dashboard or an alert on a missing series would otherwise look broken until something happens.
/// </summary>
public static class MetricsRegistry
{
    public static void EnsureRegistered()
    {
        foreach (var type in new[] { typeof(KernelMetrics), typeof(GatewayMetrics), typeof(SchedulerMetrics) })
        {
            RuntimeHelpers.RunClassConstructor(type.TypeHandle);
        }
    }
}
