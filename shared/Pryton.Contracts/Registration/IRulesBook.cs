namespace Pryton.Contracts.Registration;

/// <summary>The game rules, implemented by the Registration module; the Admin module publishes new versions.</summary>
public interface IRulesBook
{
    Task<RulesVersion> CurrentAsync(CancellationToken ct);

    /// <summary>Records that a player accepted <paramref name="version"/>; false when it is not the current one (or no such player).</summary>
    Task<bool> AcceptAsync(long userId, int version, CancellationToken ct);

    /// <summary>Publishes a new version; players must accept it before their next game.</summary>
    Task<RulesVersion> PublishAsync(string textRu, string? textEn, long publishedBy, CancellationToken ct);

    /// <summary>The published versions, newest first.</summary>
    Task<IReadOnlyList<RulesVersion>> HistoryAsync(int take, CancellationToken ct);
}
