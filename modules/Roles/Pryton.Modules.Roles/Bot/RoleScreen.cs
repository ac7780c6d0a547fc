using Pryton.Contracts.Games;
using Pryton.Contracts.Registration;
using Pryton.Contracts.Roles;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Texts;
using Pryton.Modules.Roles.Application;
using Pryton.Modules.Roles.Bot.Keyboards;

namespace Pryton.Modules.Roles.Bot;

/// <summary>An admin's view of a game's roles: each seated player, the role set by hand (🔒) or left to the draw.</summary>
internal sealed class RoleScreen(IGameQueries games, IPlayerDirectory players, RoleBook book)
{
    /// <param name="inPlace">Edit the message pressed (the screen's own buttons) instead of sending a new one.</param>
    public async Task ShowAsync(UpdateContext ctx, long gameId, bool inPlace, CancellationToken ct)
    {
        if (await games.FindAsync(gameId, ct) is not { } game)
        {
            ctx.Toast("roles.screen.gone", alert: true);
            return;
        }

        var seated = (await games.ParticipantsAsync(gameId, ct)).Select(p => p.UserId).ToList();
        var profiles = (await players.FindManyAsync(seated, ct)).ToDictionary(p => p.UserId);
        var assignments = await book.AssignmentsAsync(gameId, ct);
        var lines = new TextLines([.. seated.Select(id => TextRef.Of(LineKey(assignments, id), new
        {
            name = profiles.GetValueOrDefault(id)?.NameWithCar ?? "#" + id,
            wish = TextRef.Of($"roles.wish.{(profiles.GetValueOrDefault(id)?.PreferredRole ?? PreferredRole.Any).ToString().ToLowerInvariant()}"),
        }))]);
        var open = game.Stage is GameStage.Recruiting or GameStage.Full;
        var text = TextRef.Of(open ? "roles.screen.open" : "roles.screen.started", new { title = game.Title, max = game.MaxDrivers, lines });
        var keyboard = open ? RoleKeyboards.Players(gameId, [.. seated.Select(id => (id, profiles.GetValueOrDefault(id)?.DisplayName ?? "#" + id))]) : null;
        if (inPlace)
        {
            ctx.EditOrReply(text, keyboard);
        }
        else
        {
            ctx.Reply(text, keyboard);
        }
    }

    private static string LineKey(IReadOnlyDictionary<long, (GameRole Role, bool Locked)> assignments, long userId) =>
        assignments.TryGetValue(userId, out var a) ? $"roles.line.{RoleBook.Name(a.Role)}{(a.Locked ? "-locked" : string.Empty)}" : "roles.line.draw";
}
