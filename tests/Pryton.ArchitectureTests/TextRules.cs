using System.Reflection;
using Pryton.Kernel.Texts;
using Pryton.Sandbox.Emulator;

namespace Pryton.ArchitectureTests;

/// <summary>Rules for a module's texts, as functions from an assembly to its violations (proven on the canary).</summary>
internal static class TextRules
{
    /// <summary>Both languages embedded, with the same keys and the same placeholders per key.</summary>
    public static IReadOnlyList<string> Parity(Assembly assembly)
    {
        var texts = TextCatalog.Load(assembly);
        if (texts.Count == 0)
        {
            return [];
        }

        if (texts.Count != Language.All.Count)
        {
            return [$"only {string.Join(", ", texts.Keys)} texts are embedded"];
        }

        var russian = texts[Language.Russian];
        var english = texts[Language.English];
        return russian.Keys.Except(english.Keys).Select(k => $"{k} is missing in en")
            .Concat(english.Keys.Except(russian.Keys).Select(k => $"{k} is missing in ru"))
            .Concat(russian.Keys.Intersect(english.Keys)
                .Where(k => !TextCatalog.Placeholders(russian[k]).SetEquals(TextCatalog.Placeholders(english[k])))
                .Select(k => $"{k} has different placeholders in ru and en"))
            .ToList();
    }

    /// <summary>Every key starts with the module key, so two modules never overwrite each other's texts.</summary>
    public static IReadOnlyList<string> KeysArePrefixed(Assembly assembly, string moduleKey) =>
        TextCatalog.Load(assembly).Values.SelectMany(t => t.Keys).Distinct()
            .Where(k => !k.StartsWith(moduleKey + ".", StringComparison.Ordinal))
            .Select(k => $"{k} does not start with {moduleKey}.")
            .ToList();

    /// <summary>Rendered with hostile sample values, every text is valid Telegram HTML within the message limits.</summary>
    public static IReadOnlyList<string> RendersWithinLimits(Assembly assembly)
    {
        var catalog = new TextCatalog([assembly]);
        var problems = new List<string>();
        foreach (var (language, texts) in TextCatalog.Load(assembly))
        {
            foreach (var (key, template) in texts)
            {
                var sample = TextCatalog.Placeholders(template).ToDictionary(p => p, object? (_) => "<Sample & \"value\" 1234567890>");
                var (plain, error) = TelegramHtml.Parse(catalog.Render(key, language, sample));
                var limit = key.Contains(".caption.", StringComparison.Ordinal) ? 1024 : 4096;
                if (error is not null || plain!.Length > limit)
                {
                    problems.Add($"{language} {key}: {error ?? $"{plain!.Length} characters > {limit}"}");
                }
            }
        }

        return problems;
    }
}
