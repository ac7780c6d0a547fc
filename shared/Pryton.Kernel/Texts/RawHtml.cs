namespace Pryton.Kernel.Texts;

/// <summary>An argument value that already is Telegram HTML and must not be escaped again (a pre-rendered list).</summary>
public sealed record RawHtml(string Html)
{
    public override string ToString() => Html;
}
