using Pryton.Contracts.Registration;

namespace Pryton.Modules.Registration.Bot.Flows;

/// <summary>A half-filled sign-up form; kept as JSON between steps, so property names are part of stored data.</summary>
internal sealed record RegistrationDraft(
    string? StartPayload = null,
    string? Name = null,
    string? Phone = null,
    long? DistrictId = null,
    PreferredRole? Role = null,
    string? CarBrand = null,
    string? CarColour = null,
    string? CarPlate = null,
    int? RulesVersion = null);
