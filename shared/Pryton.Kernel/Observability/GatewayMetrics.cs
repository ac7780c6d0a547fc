using Prometheus;

namespace Pryton.Kernel.Observability;

/// <summary>Telegram gateway metrics: intake and the outbound queue.</summary>
public static class GatewayMetrics
{
    public static readonly Counter UpdatesReceived = Metrics.CreateCounter(
        "pryton_updates_received_total", "Updates received from Telegram by type.", new CounterConfiguration { LabelNames = ["update_type"] });

    public static readonly Counter UpdatesHandled = Metrics.CreateCounter(
        "pryton_updates_handled_total", "Updates handled by outcome (handled, duplicate, failed).", new CounterConfiguration { LabelNames = ["outcome"] });

    /// <summary>Same name as the original bot's summary, now a histogram by update kind.</summary>
    public static readonly Histogram RequestLatency = Metrics.CreateHistogram(
        "pryton_request_latency_seconds", "Time to handle one update, from intake to commit.",
        new HistogramConfiguration { LabelNames = ["kind"], Buckets = Histogram.ExponentialBuckets(0.001, 2, 14) });

    public static readonly Counter RequestCount = Metrics.CreateCounter(
        "pryton_request_count_total", "Updates handled by update type.", new CounterConfiguration { LabelNames = ["update_type"] });

    public static readonly Counter LiveLocationUpdates = Metrics.CreateCounter(
        "pryton_live_location_updates_total", "Live-location edits received.");

    public static readonly Gauge OutboundDepth = Metrics.CreateGauge(
        "pryton_outbound_queue_depth", "Messages waiting in the outbound queue.");

    public static readonly Gauge OutboundOldestSeconds = Metrics.CreateGauge(
        "pryton_outbound_oldest_pending_seconds", "Age of the oldest pending outbound message.");

    public static readonly Counter OutboundSent = Metrics.CreateCounter(
        "pryton_outbound_sent_total", "Messages delivered to the Bot API.");

    public static readonly Counter OutboundRetried = Metrics.CreateCounter(
        "pryton_outbound_retried_total", "Sends retried after a 5xx, a timeout or a network error.");

    public static readonly Counter OutboundTooManyRequests = Metrics.CreateCounter(
        "pryton_outbound_429_total", "429 Too Many Requests answers from the Bot API.");

    public static readonly Counter OutboundDropped = Metrics.CreateCounter(
        "pryton_outbound_dropped_total", "Messages not delivered, by reason (blocked, rejected, gave_up).", new CounterConfiguration { LabelNames = ["reason"] });
}
