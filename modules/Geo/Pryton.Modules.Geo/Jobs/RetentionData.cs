namespace Pryton.Modules.Geo.Jobs;

/// <summary>The daily retention run carries no data.</summary>
internal sealed class RetentionData;
