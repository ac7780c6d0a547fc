using System.Text;

namespace Pryton.Kernel.Texts;

/// <summary>Telegram HTML helpers: every value put into a text is escaped, so a name like "&lt;b&gt;" stays a name.</summary>
public static class HtmlText
{
    public static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '"' => "&quot;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    /// <summary>Length as Telegram counts it: tags removed, entities counted as one character.</summary>
    public static int PlainLength(string html)
    {
        var length = 0;
        var inTag = false;
        for (var i = 0; i < html.Length; i++)
        {
            var c = html[i];
            if (inTag)
            {
                inTag = c != '>';
                continue;
            }

            if (c == '<')
            {
                inTag = true;
                continue;
            }

            if (c == '&')
            {
                var end = html.IndexOf(';', i);
                if (end > i && end - i <= 8)
                {
                    i = end;
                }
            }

            length++;
        }

        return length;
    }
}
