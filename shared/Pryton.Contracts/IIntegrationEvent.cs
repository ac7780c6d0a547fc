namespace Pryton.Contracts;

/// <summary>
/// Marks a record that one module publishes and others may handle. Implementers are sealed records named in the
/// past tense (<c>GameStarted</c>); their shape is stored as JSON in the outbox, so renaming a property breaks
/// events that are still pending.
/// </summary>
public interface IIntegrationEvent;
