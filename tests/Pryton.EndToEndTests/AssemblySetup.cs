using Pryton.Testing;

[assembly: Parallelizable(ParallelScope.Fixtures)]
[assembly: LevelOfParallelism(3)]

namespace Pryton.EndToEndTests;

[SetUpFixture]
public sealed class AssemblySetup
{
    [OneTimeTearDown]
    public Task StopPostgres() => TestPostgres.ShutdownAsync();
}
