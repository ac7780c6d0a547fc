namespace Pryton.Contracts.Games;

/// <summary>The answer to an organiser's operation: done, or why not.</summary>
public sealed record ControlResult(ControlRefusal Refusal = ControlRefusal.None)
{
    public static readonly ControlResult Done = new();

    public bool Succeeded => Refusal == ControlRefusal.None;

    public static implicit operator ControlResult(ControlRefusal refusal) => new(refusal);
}
