namespace Pryton.EndToEndTests.Probe;

public sealed record FormDraft(string? Name = null, string? Color = null);
