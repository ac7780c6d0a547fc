using Pryton.Testing;

[assembly: Parallelizable(ParallelScope.Fixtures)]
[assembly: LevelOfParallelism(4)]

namespace Pryton.IntegrationTests;

/// <summary>Stops the run's throw-away PostgreSQL after the last fixture.</summary>
[SetUpFixture]
public sealed class AssemblySetup
{
    [OneTimeTearDown]
    public Task StopPostgres() => TestPostgres.ShutdownAsync();
}
