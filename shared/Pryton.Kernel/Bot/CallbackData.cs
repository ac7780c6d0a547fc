using System.Text;

namespace Pryton.Kernel.Bot;

/// <summary>
/// Callback data <c>&lt;module&gt;:&lt;action&gt;[:&lt;arg&gt;…]</c>: ASCII, at most 64 bytes (Telegram's limit), built in one
/// place and refused when too long. The data is never trusted when it comes back: handlers re-check who asks and
/// the current state.
/// </summary>
public sealed record CallbackData
{
    public const int MaxBytes = 64;

    private CallbackData(string value) => Value = value;

    public string Value { get; }

    public static CallbackData Create(string module, string action, params object[] args)
    {
        var parts = new List<string> { module, action };
        parts.AddRange(args.Select(a => Convert.ToString(a, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty));
        foreach (var part in parts)
        {
            if (part.Length == 0 || part.Any(c => c is ':' or < '!' or > '~'))
            {
                throw new ArgumentException($"Callback part '{part}' must be non-empty printable ASCII without ':'.", nameof(args));
            }
        }

        var value = string.Join(':', parts);
        if (Encoding.ASCII.GetByteCount(value) > MaxBytes)
        {
            throw new ArgumentException($"Callback data '{value}' is {value.Length} bytes; Telegram allows {MaxBytes}.", nameof(args));
        }

        return new CallbackData(value);
    }

    /// <summary>Splits received data; null when it is not of our shape (forged, garbled or from another bot version).</summary>
    public static string[]? Parse(string? data)
    {
        if (string.IsNullOrEmpty(data) || Encoding.UTF8.GetByteCount(data) > MaxBytes)
        {
            return null;
        }

        var parts = data.Split(':');
        return parts.Length >= 2 && parts.All(p => p.Length > 0) ? parts : null;
    }

    public override string ToString() => Value;
}
