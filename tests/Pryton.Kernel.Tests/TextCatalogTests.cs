using Pryton.Kernel.Texts;

namespace Pryton.Kernel.Tests;

public sealed class TextCatalogTests
{
    private static readonly TextCatalog Catalog = new([typeof(TextCatalog).Assembly]);

    [Test]
    public void Render_ArgumentWithHtml_IsEscaped() =>
        Assert.That(Catalog.Render("kernel.language.pick", "en", new { current = "<b>x</b> & y" }),
            Is.EqualTo("Current language: &lt;b&gt;x&lt;/b&gt; &amp; y. Choose a language:"));

    [Test]
    public void Render_RawHtmlArgument_IsKeptAsItIs() =>
        Assert.That(Catalog.Render("kernel.language.pick", "en", new { current = new RawHtml("<b>x</b>") }), Does.Contain("<b>x</b>"));

    [Test]
    public void Render_MissingKey_FallsBackToTheKey() =>
        Assert.That(Catalog.Render("kernel.no.such.key", "en"), Is.EqualTo("kernel.no.such.key"));

    [Test]
    public void Render_DictionaryArguments_Work() =>
        Assert.That(Catalog.Render("kernel.language.pick", "ru", new Dictionary<string, object?> { ["current"] = "X" }), Does.StartWith("Сейчас язык: X."));

    [Test]
    public void Render_Literal_IsReturnedEscapedWhenPlain() =>
        Assert.That(Catalog.Render(TextRef.Plain("a < b"), "ru"), Is.EqualTo("a &lt; b"));

    [TestCase("ru", "ru")]
    [TestCase("ru-RU", "ru")]
    [TestCase("en", "en")]
    [TestCase("de", "en")]
    [TestCase(null, "ru")]
    public void FromTelegram_LanguageCode_MapsToOurs(string? code, string expected) =>
        Assert.That(Language.FromTelegram(code), Is.EqualTo(expected));

    [Test]
    public void PlainLength_CountsTextWithoutTagsAndEntitiesAsOne() =>
        Assert.That(HtmlText.PlainLength("<b>a&amp;b</b>"), Is.EqualTo(3));
}
