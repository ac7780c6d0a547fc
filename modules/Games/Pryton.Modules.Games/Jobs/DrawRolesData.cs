namespace Pryton.Modules.Games.Jobs;

internal sealed record DrawRolesData(long GameId);
