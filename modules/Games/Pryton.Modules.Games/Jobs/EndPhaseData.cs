namespace Pryton.Modules.Games.Jobs;

/// <param name="Phase">hiding or searching.</param>
internal sealed record EndPhaseData(long GameId, string Phase);
