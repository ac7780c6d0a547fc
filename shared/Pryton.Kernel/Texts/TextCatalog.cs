using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Prometheus;

namespace Pryton.Kernel.Texts;

/// <summary>
/// Every module's texts (embedded <c>Texts/texts.ru.json</c> and <c>texts.en.json</c>), loaded once. A missing key
/// falls back to Russian, then to the key itself, and is logged and counted.
/// </summary>
public sealed partial class TextCatalog
{
    private static readonly Counter MissingTexts = Metrics.CreateCounter(
        "pryton_texts_missing_total", "Texts rendered with a missing key or language.", new CounterConfiguration { LabelNames = ["language"] });

    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> ArgProperties = new();
    private readonly Dictionary<string, Dictionary<string, string>> texts;
    private readonly ILogger<TextCatalog>? logger;

    public TextCatalog(IEnumerable<Assembly> assemblies, ILogger<TextCatalog>? logger = null)
    {
        this.logger = logger;
        texts = Language.All.ToDictionary(l => l, _ => new Dictionary<string, string>(StringComparer.Ordinal));
        foreach (var assembly in assemblies.Distinct())
        {
            foreach (var (language, entries) in Load(assembly))
            {
                foreach (var (key, value) in entries)
                {
                    texts[language][key] = value;
                }
            }
        }
    }

    /// <summary>The raw texts of one assembly per language, for parity tests.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Load(Assembly assembly)
    {
        var result = new Dictionary<string, IReadOnlyDictionary<string, string>>();
        foreach (var language in Language.All)
        {
            var resource = assembly.GetManifestResourceNames()
                .FirstOrDefault(n => n.EndsWith($".texts.{language}.json", StringComparison.OrdinalIgnoreCase));
            if (resource is null)
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            result[language] = JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
                ?? throw new InvalidDataException($"{resource} is empty");
        }

        return result;
    }

    public bool Has(string key) => texts[Language.Russian].ContainsKey(key);

    /// <summary>Renders a text reference in a language, escaping every argument value.</summary>
    public string Render(TextRef text, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Key is null ? text.Literal ?? string.Empty : Render(text.Key, language, text.Args);
    }

    public string Render(string key, string language, object? args = null)
    {
        var template = Template(key, language);
        return args is null ? template : Placeholder().Replace(template, m => Format(ArgValue(args, m.Groups[1].Value), language));
    }

    /// <summary>The placeholder names of a template, for parity tests.</summary>
    public static IReadOnlySet<string> Placeholders(string template) =>
        Placeholder().Matches(template).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    private string Template(string key, string language)
    {
        if (texts.TryGetValue(language, out var own) && own.TryGetValue(key, out var value))
        {
            return value;
        }

        MissingTexts.WithLabels(language).Inc();
        logger?.LogWarning("Text {Key} is missing in {Language}", key, language);
        return texts[Language.Russian].TryGetValue(key, out var russian) ? russian : key;
    }

    private static object? ArgValue(object args, string name)
    {
        if (args is IReadOnlyDictionary<string, object?> dictionary)
        {
            return dictionary.TryGetValue(name, out var value) ? value : "{" + name + "}";
        }

        var property = ArgProperties.GetOrAdd(args.GetType(), t => t.GetProperties())
            .FirstOrDefault(p => p.Name == name);
        return property is null ? "{" + name + "}" : property.GetValue(args);
    }

    private string Format(object? value, string language) => value switch
    {
        null => string.Empty,
        RawHtml html => html.Html,
        TextRef nested => Render(nested, language),          // a text inside a text, in the same language
        TextLines lines => string.Join("\n", lines.Lines.Select(line => Render(line, language))),
        Localized localized => HtmlText.Escape(localized.In(language)),
        IFormattable formattable => HtmlText.Escape(formattable.ToString(null, CultureInfo.GetCultureInfo(language))),
        _ => HtmlText.Escape(value.ToString()),
    };

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9_]*)\}")]
    private static partial Regex Placeholder();
}
