namespace Pryton.Contracts.Geo;

/// <summary>The verdict of a found claim and the distance behind it, when both positions were fresh.</summary>
public sealed record FindCheck(FindVerdict Verdict, double? DistanceMeters);
