namespace Pryton.Contracts.Games;

/// <summary>A game was scheduled (subscribers of its district are told; reminders are planned).</summary>
public sealed record GameCreated(long GameId, long DistrictId, string Title, DateTimeOffset StartsAt, string TimeZone) : IIntegrationEvent;
