namespace Pryton.Contracts.Geo;

public sealed record DistrictSummary(long Id, string Name);
