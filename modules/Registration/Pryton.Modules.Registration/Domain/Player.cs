using Pryton.Contracts.Registration;

namespace Pryton.Modules.Registration.Domain;

/// <summary>A registered player: what others see (name, car) and what only admins see (phone).</summary>
internal sealed class Player
{
    public long Id { get; set; }

    public long UserId { get; set; }

    public long ChatId { get; set; }

    public string? Username { get; set; }

    public required string DisplayName { get; set; }

    public string? Phone { get; set; }

    public long? DistrictId { get; set; }

    public PreferredRole PreferredRole { get; set; }

    public string? CarBrand { get; set; }

    public string? CarColour { get; set; }

    public string? CarPlate { get; set; }

    public int? RulesVersion { get; set; }

    public DateTimeOffset? RulesAcceptedAt { get; set; }

    public DateTimeOffset RegisteredAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Set by an organiser: a banned player keeps their profile but cannot play (join, claim, anything in a game).</summary>
    public DateTimeOffset? BannedAt { get; set; }

    public long? BannedBy { get; set; }

    public CarDescription? Car => CarBrand is not null && CarColour is not null && CarPlate is not null
        ? new CarDescription(CarBrand, CarColour, CarPlate)
        : null;

    public PlayerSummary ToSummary(string language) =>
        new(UserId, ChatId, DisplayName, Username, Phone, DistrictId, PreferredRole, Car, RulesVersion, RegisteredAt, language) { BannedAt = BannedAt };
}
