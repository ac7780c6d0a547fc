using System.Text.RegularExpressions;
using Pryton.Kernel.Bot;

namespace Pryton.Modules.Games.Bot;

/// <summary>Deep links <c>g&lt;gameId&gt;[_&lt;role&gt;]</c> open the game's card.</summary>
internal sealed partial class GameDeepLink(GameCardView card) : IDeepLinkHandler
{
    public bool Claims(string payload) => Pattern().IsMatch(payload);

    public Task OpenAsync(UpdateContext ctx, string payload, CancellationToken ct) =>
        card.ShowAsync(ctx, long.Parse(Pattern().Match(payload).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), ct);

    [GeneratedRegex(@"^g(\d{1,18})(_[a-z]+)?$")]
    private static partial Regex Pattern();
}
