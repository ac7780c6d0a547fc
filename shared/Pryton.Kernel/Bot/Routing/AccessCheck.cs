using Pryton.Kernel.Texts;

namespace Pryton.Kernel.Bot.Routing;

/// <summary>
/// Applies a route's audience before its handler runs. Module gates decide; without a module gate, players are
/// everybody and admins are the bootstrap list (ADMIN_USER_IDS).
/// </summary>
internal sealed class AccessCheck(IEnumerable<IAudienceGate> gates, GatewayOptions options)
{
    public async Task<TextRef?> DenyAsync(UpdateContext ctx, Route route, CancellationToken ct)
    {
        if (route.Audience == Audience.Anyone)
        {
            return null;
        }

        var applicable = gates.Where(g => g.Audience == route.Audience).ToList();
        if (applicable.Count == 0)
        {
            return route.Audience == Audience.Admin && !options.AdminUserIds.Contains(ctx.UserId) ? TextRef.Of("kernel.access.admins-only") : null;
        }

        foreach (var gate in applicable)
        {
            if (await gate.DenyAsync(ctx, $"{route.Module}:{route.Name}", ct) is { } reason)
            {
                return reason;
            }
        }

        return null;
    }
}
