namespace Pryton.Modules.Games.Jobs;

internal sealed record ExpireSeatOfferData(long GameId, long UserId);
