namespace Pryton.Modules.Admin.Bot.Flows;

/// <param name="What">when (a new start: date, then time), seats (a new capacity), title, desc or cancel (with a reason).</param>
internal sealed record GameEditDraft(long GameId, string What, DateOnly? Date = null);
