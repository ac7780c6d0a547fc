using System.Text;
using System.Text.RegularExpressions;

namespace Pryton.Modules.Registration.Domain;

/// <summary>
/// One rule per profile field, shared by registration and profile editing, so a value accepted once is accepted
/// everywhere. Each returns the normalised value or the text key of a friendly explanation.
/// </summary>
internal static partial class ProfileRules
{
    // Cyrillic letters that look like Latin ones on Russian plates (А В Е К М Н О Р С Т У Х), unified to Latin.
    private static readonly Dictionary<char, char> PlateLookAlikes = new()
    {
        ['А'] = 'A', ['В'] = 'B', ['Е'] = 'E', ['К'] = 'K', ['М'] = 'M', ['Н'] = 'H',
        ['О'] = 'O', ['Р'] = 'P', ['С'] = 'C', ['Т'] = 'T', ['У'] = 'Y', ['Х'] = 'X',
    };

    public static FieldCheck Name(string? text) => Words(text, 2, 50, "registration.name.invalid");

    public static FieldCheck CarBrand(string? text) => Words(text, 2, 50, "registration.car-brand.invalid");

    public static FieldCheck CarColour(string? text) => Words(text, 2, 30, "registration.car-colour.invalid");

    /// <summary>
    /// Digits with an optional leading +, spaces, dashes and brackets; 7–15 digits; kept as +digits. A Russian number
    /// dialled with the trunk prefix (8 912 …) is stored in international form (+7 912 …).
    /// </summary>
    public static FieldCheck Phone(string? text)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        if (!PhonePattern().IsMatch(trimmed))
        {
            return FieldCheck.Invalid("registration.phone.invalid");
        }

        var digits = new string(trimmed.Where(char.IsAsciiDigit).ToArray());
        if (!trimmed.StartsWith('+') && digits.Length == 11 && digits[0] == '8')
        {
            digits = "7" + digits[1..];
        }

        return digits.Length is >= 7 and <= 15 ? FieldCheck.Valid("+" + digits) : FieldCheck.Invalid("registration.phone.invalid");
    }

    /// <summary>Upper case, spaces and dashes dropped, Cyrillic look-alikes made Latin; 5–10 of A–Z and 0–9.</summary>
    public static FieldCheck CarPlate(string? text)
    {
        var builder = new StringBuilder();
        foreach (var c in (text ?? string.Empty).Trim().ToUpperInvariant())
        {
            if (c is ' ' or '-')
            {
                continue;
            }

            builder.Append(PlateLookAlikes.TryGetValue(c, out var latin) ? latin : c);
        }

        var plate = builder.ToString();
        return PlatePattern().IsMatch(plate) ? FieldCheck.Valid(plate) : FieldCheck.Invalid("registration.car-plate.invalid");
    }

    private static FieldCheck Words(string? text, int min, int max, string error)
    {
        // Collapse runs of white space; refuse control characters and what looks like a command.
        var value = string.Join(' ', (text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return value.Length >= min && value.Length <= max && !value.StartsWith('/') && !value.Any(char.IsControl)
            ? FieldCheck.Valid(value)
            : FieldCheck.Invalid(error);
    }

    [GeneratedRegex(@"^\+?[\d\s\-()]{7,24}$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex("^[A-Z0-9]{5,10}$")]
    private static partial Regex PlatePattern();
}
