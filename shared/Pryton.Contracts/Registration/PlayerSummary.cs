namespace Pryton.Contracts.Registration;

/// <summary>A registered player as other modules see them.</summary>
public sealed record PlayerSummary(
    long UserId,
    long ChatId,
    string DisplayName,
    string? Username,
    string? Phone,
    long? DistrictId,
    PreferredRole PreferredRole,
    CarDescription? Car,
    int? RulesVersion,
    DateTimeOffset RegisteredAt,
    string Language)
{
    /// <summary>When an organiser banned the player; null for everyone else.</summary>
    public DateTimeOffset? BannedAt { get; init; }

    /// <summary>How seekers know a driver: "Anna: Kia Rio, white, A123BC77" (just the name without a car).</summary>
    public string NameWithCar => Car is { } car ? $"{DisplayName}: {car.Brand}, {car.Colour}, {car.Plate}" : DisplayName;
}
