namespace Pryton.Modules.Games.Jobs;

internal sealed record MenuSoonData(long GameId);
