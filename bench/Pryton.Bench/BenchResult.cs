namespace Pryton.Bench;

/// <summary>One benchmark's figure: a ratio against its same-run baseline, and the target it must meet, if any.</summary>
internal sealed record BenchResult(string Name, string Detail, double Ratio, double? Target, bool HigherIsBetter = true)
{
    public string Verdict => Target is not { } target ? "INFO"
        : (HigherIsBetter ? Ratio >= target : Ratio <= target) ? "PASS" : "MISS";

    public override string ToString() =>
        $"{Name,-12} figure {Ratio,6:0.00}{(Target is { } t ? $" (target {(HigherIsBetter ? "≥" : "≤")} {t:0.##})" : string.Empty),-18} {Verdict,-4}  {Detail}";
}
