namespace Pryton.Modules.Admin.Bot.Flows;

/// <summary>Whom to make an organiser: found from a contact, a forwarded message or an id.</summary>
internal sealed record GrantDraft(long? UserId = null);
