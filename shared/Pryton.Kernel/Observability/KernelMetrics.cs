using Prometheus;

namespace Pryton.Kernel.Observability;

/// <summary>Kernel metrics (names follow <c>pryton_&lt;what&gt;_&lt;unit&gt;</c>).</summary>
public static class KernelMetrics
{
    public static readonly Counter UnitsOfWork = Metrics.CreateCounter(
        "pryton_units_of_work_total", "Units of work by kind and outcome.",
        new CounterConfiguration { LabelNames = ["kind", "outcome"] });

    public static readonly Histogram UnitOfWorkSeconds = Metrics.CreateHistogram(
        "pryton_unit_of_work_seconds", "Duration of committed units of work.",
        new HistogramConfiguration { LabelNames = ["kind"], Buckets = Histogram.ExponentialBuckets(0.0005, 2, 16) });

    public static readonly Counter EventsDelivered = Metrics.CreateCounter(
        "pryton_events_delivered_total", "Event deliveries to handlers that committed.",
        new CounterConfiguration { LabelNames = ["event"] });

    public static readonly Counter EventsFailed = Metrics.CreateCounter(
        "pryton_events_failed_total", "Event handler runs that failed and will be retried.",
        new CounterConfiguration { LabelNames = ["event"] });

    public static readonly Counter EventsParked = Metrics.CreateCounter(
        "pryton_events_parked_total", "Events parked after the last retry failed.",
        new CounterConfiguration { LabelNames = ["event"] });

    public static readonly Counter Errors = Metrics.CreateCounter(
        "pryton_errors_total", "Errors by module and kind (handler exceptions, failed jobs, failed events).",
        new CounterConfiguration { LabelNames = ["module", "kind"] });
}
