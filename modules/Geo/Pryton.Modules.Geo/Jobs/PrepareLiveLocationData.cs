namespace Pryton.Modules.Geo.Jobs;

internal sealed record PrepareLiveLocationData(long GameId);
