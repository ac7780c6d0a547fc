using Pryton.Contracts;

namespace Pryton.IntegrationTests.Probe;

internal sealed record ProbeHappened(string Text) : IIntegrationEvent;
