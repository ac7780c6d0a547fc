namespace Pryton.Modules.Geo.Domain;

/// <summary>A circle in a district where a game is played.</summary>
internal sealed class Zone
{
    public long Id { get; set; }

    public long DistrictId { get; set; }

    public required string Name { get; set; }

    public double Latitude { get; set; }

    public double Longitude { get; set; }

    public int RadiusM { get; set; }

    public bool IsDefault { get; set; }

    public bool IsActive { get; set; }

    public string? Description { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
