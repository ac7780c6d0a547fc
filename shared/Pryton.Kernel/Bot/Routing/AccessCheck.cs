using Pryton.Kernel.Texts;

namespace Pryton.Kernel.Bot.Routing;

/// <summary>
/// Applies a route's audience before its handler runs. Module gates decide; without a module gate, players are
/// everybody and admins are the bootstrap list (ADMIN_USER_IDS). The gates (and their database contexts) are made
/// only when a route is not for anyone: an open command costs nothing here.
/// </summary>
internal sealed class AccessCheck(Lazy<IEnumerable<IAudienceGate>> gates, IAdminDirectory admins)
{
    public Task<TextRef?> DenyAsync(UpdateContext ctx, Route route, CancellationToken ct) =>
        DenyAsync(ctx, route.Audience, $"{route.Module}:{route.Name}", ct);

    /// <summary>Whether the sender belongs to <paramref name="audience"/>; <paramref name="route"/> names what is asked for (for audit).</summary>
    public async Task<TextRef?> DenyAsync(UpdateContext ctx, Audience audience, string route, CancellationToken ct)
    {
        if (audience == Audience.Anyone)
        {
            return null;
        }

        var applicable = gates.Value.Where(g => g.Audience == audience).ToList();
        if (applicable.Count == 0)
        {
            return audience == Audience.Admin && !(await admins.AdminIdsAsync(ct)).Contains(ctx.UserId) ? TextRef.Of("kernel.access.admins-only") : null;
        }

        foreach (var gate in applicable)
        {
            if (await gate.DenyAsync(ctx, route, ct) is { } reason)
            {
                return reason;
            }
        }

        return null;
    }
}
