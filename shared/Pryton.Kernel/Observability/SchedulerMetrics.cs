using Prometheus;

namespace Pryton.Kernel.Observability;

/// <summary>Scheduler metrics; <c>pryton_scheduler_jobs_total</c> keeps the original bot's name.</summary>
public static class SchedulerMetrics
{
    public static readonly Counter Jobs = Metrics.CreateCounter(
        "pryton_scheduler_jobs_total", "Scheduled job runs by job and outcome.", new CounterConfiguration { LabelNames = ["job", "outcome"] });

    public static readonly Histogram Lateness = Metrics.CreateHistogram(
        "pryton_scheduler_lateness_seconds", "How late a job started after its planned instant.",
        new HistogramConfiguration { Buckets = [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 300] });

    public static readonly Gauge Pending = Metrics.CreateGauge(
        "pryton_scheduler_pending_jobs", "Jobs waiting in the scheduler.");
}
