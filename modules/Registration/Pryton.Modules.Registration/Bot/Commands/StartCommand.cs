using Pryton.Kernel.Bot;
using Pryton.Kernel.Bot.Menu;
using Pryton.Kernel.Texts;
using Pryton.Modules.Registration.Application;
using Pryton.Modules.Registration.Bot.Flows;

namespace Pryton.Modules.Registration.Bot.Commands;

/// <summary>
/// <c>/start [payload]</c>: a newcomer gets the welcome and the sign-up (the deep link is kept through it); a player
/// gets the main menu, or lands where the link points.
/// </summary>
[BotCommand("start", Audience.Anyone)]
internal sealed class StartCommand(PlayerRegistry players, StartLanding landing, IContextMenu menu) : ICommandHandler
{
    public async Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        var payload = ValidPayload(ctx.CommandArgs);
        if (await players.FindAsync(ctx.UserId, ct) is not { } player)
        {
            ctx.ResumeOrStartFlow<RegistrationFlow>(new RegistrationDraft(StartPayload: payload));
            return;
        }

        if (payload is not null)
        {
            await landing.OpenAsync(ctx, payload, ct);
            return;
        }

        ctx.Reply(TextRef.Of("registration.welcome-back", new { name = player.DisplayName }), await menu.KeyboardAsync(ctx.UserId, ct));
    }

    // Telegram allows 1-64 of A-Z a-z 0-9 _ - in a start payload; anything else is not a link of ours.
    private static string? ValidPayload(string args) =>
        args.Length is > 0 and <= 64 && args.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-') ? args : null;
}
