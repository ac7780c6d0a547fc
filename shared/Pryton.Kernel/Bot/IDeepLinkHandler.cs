namespace Pryton.Kernel.Bot;

/// <summary>
/// Opens what a <c>/start &lt;payload&gt;</c> deep link points at (<c>g1842</c> → a game card). The module that owns
/// <c>/start</c> hands a registered user's payload to the first handler that claims it.
/// </summary>
public interface IDeepLinkHandler
{
    bool Claims(string payload);

    Task OpenAsync(UpdateContext ctx, string payload, CancellationToken ct);
}
