namespace Pryton.Contracts.Games;

/// <summary>A driver was found (<paramref name="BecomesSeeker"/>: the game's mode turns them into a seeker).</summary>
public sealed record DriverFound(long GameId, long DriverId, long? SeekerId, DateTimeOffset At, bool BecomesSeeker) : IIntegrationEvent;
