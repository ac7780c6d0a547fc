using System.Reflection;
using Pryton.Kernel.Modules;
using Pryton.Kernel.Texts;

namespace Pryton.ArchitectureTests;

/// <summary>Russian is the reference, English is complete: same keys, same placeholders, within Telegram's limits.</summary>
public sealed class TextsTests
{
    private static IEnumerable<TestCaseData> Sources =>
        Solution.ModuleAssemblies.Select(a => (Key: ModuleDiscovery.Discover([a]).Single().Key, Assembly: a))
            .Prepend((Key: "kernel", Assembly: typeof(TextCatalog).Assembly))
            .Select(s => new TestCaseData(s.Key, s.Assembly).SetArgDisplayNames(s.Key));

    [TestCaseSource(nameof(Sources))]
    public void Texts_RussianAndEnglish_HaveTheSameKeysAndPlaceholders(string key, Assembly assembly) =>
        Assert.That(TextRules.Parity(assembly), Is.Empty);

    [TestCaseSource(nameof(Sources))]
    public void Texts_KeysStartWithTheModuleKey(string key, Assembly assembly) =>
        Assert.That(TextRules.KeysArePrefixed(assembly, key), Is.Empty);

    [TestCaseSource(nameof(Sources))]
    public void Texts_RenderedWithHostileValues_AreValidTelegramHtmlWithinLimits(string key, Assembly assembly) =>
        Assert.That(TextRules.RendersWithinLimits(assembly), Is.Empty);

    [Test]
    public void Canary_MismatchedTexts_AreFlagged() =>
        Assert.That(TextRules.Parity(Solution.Canary),
            Has.Some.Contains("canary.only-in-russian is missing in en").And.Some.Contains("canary.greeting has different placeholders"));

    [Test]
    public void Canary_BrokenHtml_IsFlagged() =>
        Assert.That(TextRules.RendersWithinLimits(Solution.Canary), Has.Some.Contains("canary.broken-html"));

    [Test]
    public void Canary_ForeignKeys_AreFlagged() =>
        Assert.That(TextRules.KeysArePrefixed(Solution.Canary, "canary"), Has.Some.Contains("games.not-ours"));
}
