namespace Pryton.Modules.Games.Jobs;

internal sealed record StartGameData(long GameId);
