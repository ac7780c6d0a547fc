using Pryton.Kernel.Bot;

namespace Pryton.Modules.Registration.Bot;

/// <summary>Opens where a <c>/start</c> deep link points (a game card), through whichever module claims the payload.</summary>
internal sealed class StartLanding(IEnumerable<IDeepLinkHandler> handlers)
{
    public async Task OpenAsync(UpdateContext ctx, string? payload, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(payload))
        {
            return;
        }

        if (handlers.FirstOrDefault(h => h.Claims(payload)) is { } handler)
        {
            await handler.OpenAsync(ctx, payload, ct);
        }
        else
        {
            ctx.Reply("registration.start.link-unknown");
        }
    }
}
