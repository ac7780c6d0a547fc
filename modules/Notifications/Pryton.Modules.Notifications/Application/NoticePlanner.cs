using Pryton.Contracts.Games;
using Pryton.Kernel.Events;
using Pryton.Kernel.Modules;
using Pryton.Kernel.Scheduling;
using Pryton.Modules.Notifications.Jobs;

namespace Pryton.Modules.Notifications.Application;

/// <summary>
/// Plans a game's notices under deterministic keys: reminders <c>notifications.reminder.&lt;game&gt;.&lt;minutes&gt;</c>
/// before the start (the organisers' setting, else <c>REMINDER_BEFORE_GAME</c>: 1440, 60, 5), and "the search ends in 10 / 5 / 1 min"
/// <c>notifications.search-ends.&lt;game&gt;.&lt;minutes&gt;</c>. A moved game moves them, a pause drops the countdown, the
/// end drops everything. Only future instants are planned; who gets a notice is decided when it fires.
/// </summary>
internal sealed class NoticePlanner(IJobScheduler jobs, GameDefaults defaults, IGameSettings settings, TimeProvider clock)
    : IEventHandler<GameCreated>, IEventHandler<GameRescheduled>, IEventHandler<GameStarted>, IEventHandler<GameCanceled>,
      IEventHandler<SearchPhaseStarted>, IEventHandler<GameExtended>, IEventHandler<GameResumed>, IEventHandler<GamePaused>, IEventHandler<GameCompleted>
{
    public static readonly int[] SearchCountdown = [10, 5, 1];

    public Task HandleAsync(GameCreated @event, CancellationToken ct) => PlanRemindersAsync(@event!.GameId, @event.StartsAt, ct);

    public Task HandleAsync(GameRescheduled @event, CancellationToken ct) => PlanRemindersAsync(@event!.GameId, @event.StartsAt, ct);

    public Task HandleAsync(GameStarted @event, CancellationToken ct) => DropRemindersAsync(@event!.GameId, ct);

    public Task HandleAsync(GameCanceled @event, CancellationToken ct) => jobs.CancelScopeAsync(Scope(@event!.GameId), ct);

    public Task HandleAsync(GameCompleted @event, CancellationToken ct) => jobs.CancelScopeAsync(Scope(@event!.GameId), ct);

    public Task HandleAsync(SearchPhaseStarted @event, CancellationToken ct) => PlanCountdownAsync(@event!.GameId, @event.EndsAt, ct);

    public Task HandleAsync(GameExtended @event, CancellationToken ct) => PlanCountdownAsync(@event!.GameId, @event.PhaseEndsAt, ct);

    public Task HandleAsync(GameResumed @event, CancellationToken ct) => PlanCountdownAsync(@event!.GameId, @event.PhaseEndsAt, ct);

    public Task HandleAsync(GamePaused @event, CancellationToken ct) => DropCountdownAsync(@event!.GameId, ct);

    public static string Scope(long gameId) => $"notifications.game.{gameId}";

    /// <summary>The offsets in force: the organisers' setting, or the operator's REMINDER_BEFORE_GAME.</summary>
    public static IReadOnlyList<int> Offsets(GameSettings current, GameDefaults defaults) => current.ReminderMinutes ?? defaults.ReminderMinutes;

    private async Task PlanRemindersAsync(long gameId, DateTimeOffset startsAt, CancellationToken ct)
    {
        var offsets = Offsets(await settings.CurrentAsync(ct), defaults);
        foreach (var minutes in offsets.Union(GameSettings.ReminderChoices).Union(defaults.ReminderMinutes))
        {
            var key = $"notifications.reminder.{gameId}.{minutes}";
            var at = startsAt.AddMinutes(-minutes);
            if (at > clock.GetUtcNow() && offsets.Contains(minutes))
            {
                await jobs.ScheduleAsync(key, Scope(gameId), at, new ReminderData(gameId, minutes, startsAt), ct);
            }
            else
            {
                await jobs.CancelAsync(key, ct);
            }
        }
    }

    private async Task DropRemindersAsync(long gameId, CancellationToken ct)
    {
        foreach (var minutes in defaults.ReminderMinutes.Union(GameSettings.ReminderChoices))
        {
            await jobs.CancelAsync($"notifications.reminder.{gameId}.{minutes}", ct);
        }
    }

    /// <summary>The countdown is planned for the search only; the hiding has its own warning (Games).</summary>
    private async Task PlanCountdownAsync(long gameId, DateTimeOffset endsAt, CancellationToken ct)
    {
        foreach (var minutes in SearchCountdown)
        {
            var at = endsAt.AddMinutes(-minutes);
            var key = $"notifications.search-ends.{gameId}.{minutes}";
            if (at > clock.GetUtcNow())
            {
                await jobs.ScheduleAsync(key, Scope(gameId), at, new SearchEndsData(gameId, minutes, endsAt), ct);
            }
            else
            {
                await jobs.CancelAsync(key, ct);
            }
        }
    }

    private async Task DropCountdownAsync(long gameId, CancellationToken ct)
    {
        foreach (var minutes in SearchCountdown)
        {
            await jobs.CancelAsync($"notifications.search-ends.{gameId}.{minutes}", ct);
        }
    }
}
