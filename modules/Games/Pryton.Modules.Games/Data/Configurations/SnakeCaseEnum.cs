using System.Text.RegularExpressions;

namespace Pryton.Modules.Games.Data.Configurations;

/// <summary>Enums are stored as snake_case text (HidingPhase ↔ hiding_phase), matching the check constraints.</summary>
internal static partial class SnakeCaseEnum
{
    public static string ToText<TEnum>(TEnum value)
        where TEnum : struct, Enum => Upper().Replace(value.ToString(), "_$1").ToLowerInvariant();

    public static TEnum Parse<TEnum>(string text)
        where TEnum : struct, Enum => Enum.Parse<TEnum>(text.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true);

    [GeneratedRegex("(?<=[a-z])([A-Z])")]
    private static partial Regex Upper();
}
