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
    string Language);
