namespace Pryton.IntegrationTests.Probe;

internal sealed class Note
{
    public long Id { get; set; }

    public required string Text { get; set; }
}
