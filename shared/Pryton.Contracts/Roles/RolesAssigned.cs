namespace Pryton.Contracts.Roles;

/// <summary>Roles were drawn for a game; the seed replays the draw.</summary>
public sealed record RolesAssigned(long GameId, IReadOnlyList<long> Drivers, IReadOnlyList<long> Seekers, int Seed) : IIntegrationEvent;
