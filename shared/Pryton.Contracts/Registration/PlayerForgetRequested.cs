namespace Pryton.Contracts.Registration;

/// <summary>
/// A player asked to be forgotten. Every module that stores personal data of this player deletes it
/// (or anonymises what results need) in its own handler.
/// </summary>
public sealed record PlayerForgetRequested(long UserId) : IIntegrationEvent;
