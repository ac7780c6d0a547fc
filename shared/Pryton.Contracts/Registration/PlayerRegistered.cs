namespace Pryton.Contracts.Registration;

public sealed record PlayerRegistered(long UserId, long? DistrictId, PreferredRole PreferredRole) : IIntegrationEvent;
