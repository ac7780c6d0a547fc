namespace Pryton.Contracts.Geo;

/// <summary>Where a found claim stands by the players' positions.</summary>
public enum FindVerdict
{
    /// <summary>Both positions are fresh and close enough.</summary>
    Confirmed,

    /// <summary>Both positions are fresh and too far apart.</summary>
    Far,

    /// <summary>One of the positions is missing or too old.</summary>
    Unknown,
}
