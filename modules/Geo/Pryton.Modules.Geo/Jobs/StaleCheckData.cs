namespace Pryton.Modules.Geo.Jobs;

/// <summary>The minutely stale check carries no data.</summary>
internal sealed class StaleCheckData;
