namespace Pryton.Modules.Geo.Domain;

/// <summary>A district of the city; games are played in its zones.</summary>
internal sealed class District
{
    public long Id { get; set; }

    public required string Name { get; set; }

    public bool IsActive { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }
}
