namespace Pryton.Modules.Admin.Bot.Places;

/// <summary>A district being named: a new one, or <paramref name="DistrictId"/> renamed.</summary>
internal sealed record DistrictNameDraft(long? DistrictId = null);

/// <summary>A zone being added to a district: its name, then its centre (a location pin), then its radius.</summary>
internal sealed record NewZoneDraft(long DistrictId, string? Name = null, double? Latitude = null, double? Longitude = null);

/// <summary>A zone being moved (<paramref name="Test"/> false) or tested against a point (true): the next pin decides.</summary>
internal sealed record ZonePinDraft(long ZoneId, bool Test);
