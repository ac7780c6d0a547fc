using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Pryton.Sandbox.Emulator;

/// <summary>
/// Telegram's HTML parse mode, as strict as the real one where it matters: only its tags, balanced, and every
/// <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c> outside a tag escaped. A text that breaks these is refused with
/// "can't parse entities", which is how an escaping bug shows up in tests.
/// </summary>
public static partial class TelegramHtml
{
    private static readonly HashSet<string> Tags = new(StringComparer.Ordinal)
    {
        "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre", "tg-spoiler", "span", "blockquote",
    };

    /// <summary>The text a user sees (tags removed, entities decoded), or null with the reason when it does not parse.</summary>
    public static (string? Plain, string? Error) Parse(string html)
    {
        var open = new Stack<string>();
        var plain = new StringBuilder();
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '<')
            {
                var end = html.IndexOf('>', i);
                if (end < 0)
                {
                    return (null, $"Bad Request: can't parse entities: unclosed start tag at byte offset {i}");
                }

                var tag = TagName().Match(html[(i + 1)..end]);
                if (!tag.Success || !Tags.Contains(tag.Groups[2].Value))
                {
                    return (null, $"Bad Request: can't parse entities: unsupported start tag \"{html[(i + 1)..end]}\" at byte offset {i}");
                }

                var name = tag.Groups[2].Value;
                if (tag.Groups[1].Value == "/")
                {
                    if (open.Count == 0 || open.Pop() != name)
                    {
                        return (null, $"Bad Request: can't parse entities: unmatched end tag at byte offset {i}, expected \"</{(open.Count > 0 ? open.Peek() : "")}>\"");
                    }
                }
                else
                {
                    open.Push(name);
                }

                i = end + 1;
                continue;
            }

            if (c == '>')
            {
                return (null, $"Bad Request: can't parse entities: character '>' is reserved at byte offset {i}");
            }

            if (c == '&')
            {
                var entity = Entity().Match(html, i);
                if (!entity.Success)
                {
                    return (null, $"Bad Request: can't parse entities: unsupported entity at byte offset {i}");
                }

                plain.Append(WebUtility.HtmlDecode(entity.Value));
                i += entity.Length;
                continue;
            }

            plain.Append(c);
            i++;
        }

        return open.Count > 0
            ? (null, $"Bad Request: can't parse entities: can't find end tag corresponding to start tag \"{open.Peek()}\"")
            : (plain.ToString(), null);
    }

    [GeneratedRegex(@"^(/?)([a-z\-]+)(\s[^>]*)?$")]
    private static partial Regex TagName();

    [GeneratedRegex(@"\G&(lt|gt|amp|quot|#\d{1,7}|#x[0-9a-fA-F]{1,6});")]
    private static partial Regex Entity();
}
