namespace Pryton.Modules.Roles.Bot.Flows;

/// <param name="Role">driver or seeker.</param>
internal sealed record RenameRoleDraft(string Role, string Language, string? Name = null);
