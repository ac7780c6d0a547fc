namespace Pryton.Contracts.Games;

/// <summary>Drivers hide until <paramref name="EndsAt"/>.</summary>
public sealed record HidingPhaseStarted(long GameId, DateTimeOffset EndsAt, IReadOnlyList<long> Drivers, IReadOnlyList<long> Seekers) : IIntegrationEvent;
