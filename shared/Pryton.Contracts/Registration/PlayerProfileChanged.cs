namespace Pryton.Contracts.Registration;

/// <summary>A field of a profile changed (<c>name</c>, <c>phone</c>, <c>district</c>, <c>role</c>, <c>car</c>, <c>rules</c>).</summary>
public sealed record PlayerProfileChanged(long UserId, string Field) : IIntegrationEvent;
