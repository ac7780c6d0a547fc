namespace Pryton.Kernel.Texts;

/// <summary>A text argument made of several texts, each rendered in the recipient's language, one per line.</summary>
public sealed record TextLines(IReadOnlyList<TextRef> Lines);
