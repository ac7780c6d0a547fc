using Pryton.Contracts;

namespace Pryton.ArchitectureTests.Canary;

/// <summary>An integration event declared outside Pryton.Contracts: other modules could not see it.</summary>
public sealed record CanaryHappened(long Id) : IIntegrationEvent;
