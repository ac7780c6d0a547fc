using Pryton.Contracts.Games;
using Pryton.Contracts.Registration;
using Pryton.Contracts.Roles;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Bot.Outbound;
using Pryton.Kernel.Texts;

namespace Pryton.Modules.Admin.Bot;

/// <summary>
/// A game's people under an organiser's hand: the seated with their role and where they stand (hidden, found), the
/// waitlist in order; a tap opens one person with what can be done to them now.
/// </summary>
internal sealed class ParticipantsScreen(IGameQueries games, IRoleAssignment roles, IPlayerDirectory players)
{
    public const int Shown = 40;

    public async Task ShowAsync(UpdateContext ctx, long gameId, CancellationToken ct)
    {
        if (await games.FindAsync(gameId, ct) is not { } game)
        {
            ctx.Toast("admin.game.gone", alert: true);
            return;
        }

        var (seated, waitlist, started) = await PeopleAsync(game, ct);
        var assigned = await roles.RolesAsync(gameId, ct);
        var names = await players.NamesAsync([.. seated.Select(p => p.UserId), .. waitlist], ct);
        var lines = new TextLines([.. seated.Take(Shown).Select((p, i) => TextRef.Of("admin.people.seated", new
        {
            n = i + 1,
            name = names[p.UserId],
            role = assigned.TryGetValue(p.UserId, out var role) ? TextRef.Of($"admin.people.role-{role.ToString().ToLowerInvariant()}") : TextRef.Of("admin.people.role-none"),
            state = State(p, started),
        }))]);
        var queue = new TextLines([.. waitlist.Take(Shown).Select((id, i) => TextRef.Of("admin.people.waiting", new { n = i + 1, name = names[id] }))]);
        var buttons = seated.Select(p => p.UserId).Concat(waitlist).Take(Shown)
            .Select(id => Button.Callback(TextRef.Plain(names[id]), CallbackData.Create(AdminKeyboards.Module, "person", gameId, id)));
        ctx.EditOrReply(TextRef.Of("admin.people.text", new { title = game.Title, count = seated.Count, lines, waiting = waitlist.Count, queue }), Keyboard.Inline(
            Keyboard.Grid(buttons, 3)
                .Append([Button.Callback("admin.game.roles", CallbackData.Create(RoleScreens.Module, RoleScreens.GameAction, gameId)),
                         Button.Callback("admin.back", CallbackData.Create(AdminKeyboards.Module, "game", gameId))])));
    }

    /// <summary>One person: their place in the game and the actions open to an organiser now.</summary>
    public async Task ShowPersonAsync(UpdateContext ctx, long gameId, long userId, CancellationToken ct)
    {
        if (await games.FindAsync(gameId, ct) is not { } game)
        {
            ctx.Toast("admin.game.gone", alert: true);
            return;
        }

        var (seated, waitlist, started) = await PeopleAsync(game, ct);
        var player = seated.FirstOrDefault(p => p.UserId == userId);
        if (player is null && !waitlist.Contains(userId))
        {
            ctx.Toast("admin.refusal.notingame", alert: true);
            await ShowAsync(ctx, gameId, ct);
            return;
        }

        var name = (await players.NamesAsync([userId], ct))[userId];
        var role = (await roles.RolesAsync(gameId, ct)).TryGetValue(userId, out var r) ? r : (GameRole?)null;
        var rows = new List<IReadOnlyList<Button>>();
        if (game.Running && player is { HidAsDriver: true })
        {
            rows.Add([player.FoundAt is null
                ? Button.Callback("admin.person.mark-found", CallbackData.Create(AdminKeyboards.Module, "found", gameId, userId, 1))
                : Button.Callback("admin.person.unmark-found", CallbackData.Create(AdminKeyboards.Module, "found", gameId, userId, 0))]);
        }

        if (!started)
        {
            rows.Add([player is null
                ? Button.Callback("admin.person.to-seat", CallbackData.Create(AdminKeyboards.Module, "move", gameId, userId, "seat"))
                : Button.Callback("admin.person.to-waitlist", CallbackData.Create(AdminKeyboards.Module, "move", gameId, userId, "wait"))]);
        }

        if (game.Stage is not (GameStage.Completed or GameStage.Canceled))
        {
            rows.Add([Button.Callback("admin.person.kick", CallbackData.Create(AdminKeyboards.Module, "kick", gameId, userId))]);
        }

        rows.Add([Button.Callback("admin.back", CallbackData.Create(AdminKeyboards.Module, "people", gameId))]);
        ctx.EditOrReply(TextRef.Of("admin.person.text", new
        {
            name,
            title = game.Title,
            place = player is null ? TextRef.Of("admin.person.waitlist", new { n = waitlist.IndexOf(userId) + 1 }) : TextRef.Of("admin.person.seated"),
            role = role is { } known ? TextRef.Of($"admin.people.role-{known.ToString().ToLowerInvariant()}") : TextRef.Of("admin.people.role-none"),
            state = player is null ? TextRef.Plain(string.Empty) : State(player, started),
        }), Keyboard.Inline(rows));
    }

    private static TextRef State(GameParticipant p, bool started) =>
        !started || !p.HidAsDriver ? TextRef.Plain(string.Empty)
        : p.FoundAt is not null ? TextRef.Of("admin.people.found")
        : p.HiddenAt is not null ? TextRef.Of("admin.people.hidden")
        : TextRef.Of("admin.people.not-hidden");

    private async Task<(IReadOnlyList<GameParticipant> Seated, List<long> Waitlist, bool Started)> PeopleAsync(GameSnapshot game, CancellationToken ct)
    {
        var seated = await games.ParticipantsAsync(game.Id, ct);
        var started = game.Stage is not (GameStage.Recruiting or GameStage.Full);
        var waitlist = started ? [] : (await games.EnrolledAsync(game.Id, ct)).Where(e => !e.Seated).OrderBy(e => e.WaitlistPosition ?? int.MaxValue).Select(e => e.UserId).ToList();
        return (seated, waitlist, started);
    }
}
