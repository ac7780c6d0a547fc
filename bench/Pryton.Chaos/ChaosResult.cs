namespace Pryton.Chaos;

/// <summary>One check of a chaos run: what was measured, and whether it held.</summary>
internal sealed record ChaosResult(string Run, string Check, bool Held, string Figure)
{
    public override string ToString() => $"{Run,-9} {(Held ? "PASS" : "FAIL")}  {Check}: {Figure}";
}
