using Pryton.Kernel.Texts;

namespace Pryton.Kernel.Bot;

/// <summary>
/// Decides whether the sender of an update belongs to an audience. Modules that own players (Registration) and admins
/// (Admin) implement it; without one the kernel lets everybody in as a player and takes admins from ADMIN_USER_IDS.
/// </summary>
public interface IAudienceGate
{
    Audience Audience { get; }

    /// <returns>Null to let the user in, or the reply that explains why not (the handler is not called).</returns>
    Task<TextRef?> DenyAsync(UpdateContext ctx, string route, CancellationToken ct);
}
