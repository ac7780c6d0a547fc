namespace Pryton.IntegrationTests.Probe;

internal sealed record ProbeJobData(string Text, bool Fail = false);
