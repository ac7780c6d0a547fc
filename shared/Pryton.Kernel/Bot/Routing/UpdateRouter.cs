using Autofac;
using Microsoft.Extensions.Logging;
using Pryton.Kernel.Bot.Conversations;
using Pryton.Kernel.Bot.Intake;

namespace Pryton.Kernel.Bot.Routing;

/// <summary>
/// Sends an update to the one handler that should see it. Precedence: commands (and reply-keyboard buttons, which
/// stand for commands) → the open conversation → the owner of the message kind → a friendly "I did not understand".
/// Button presses go to the open flow when they are its own, else to their callback handler.
/// </summary>
internal sealed class UpdateRouter(
    RouteTable routes, ConversationStore conversations, FlowRunner flows, AccessCheck access, ILifetimeScope scope, ILogger<UpdateRouter> logger)
{
    public async Task RouteAsync(UpdateContext ctx, ChatState chat, CancellationToken ct)
    {
        if (ctx.Callback is not null)
        {
            await RouteCallbackAsync(ctx, ct);
        }
        else if (ctx.Message is not null)
        {
            await RouteMessageAsync(ctx, chat, ct);
        }
    }

    private async Task RouteCallbackAsync(UpdateContext ctx, CancellationToken ct)
    {
        if (CallbackData.Parse(ctx.Callback!.Data) is not { } parts)
        {
            ctx.Toast("kernel.callback.stale");
            return;
        }

        ctx.CallbackArgs = parts[2..];
        if (routes.Flow(parts[0], parts[1]) is { } flow && await DeniedAsync(ctx, flow, ct))
        {
            return;
        }

        var conversation = await conversations.LoadAsync(ctx.ChatId, ct);
        if (conversation is not null && conversation.ExpiresAt > ctx.Now && parts[0] == conversation.Module && parts[1] == conversation.Flow)
        {
            await flows.ContinueAsync(ctx, conversation, ct);
            return;
        }

        var route = routes.Callback(parts[0], parts[1]);
        if (route is null || routes.Flow(parts[0], parts[1]) is not null)
        {
            // A forged action, a button of a finished dialog, or one from an older version of the bot.
            ctx.Toast("kernel.callback.stale");
            return;
        }

        await InvokeAsync<ICallbackHandler>(ctx, route, (h, c, t) => h.HandleAsync(c, t), ct);
    }

    private async Task RouteMessageAsync(UpdateContext ctx, ChatState chat, CancellationToken ct)
    {
        if (ctx.IsEdit)
        {
            // Edits matter only as live-location moves; a corrected text or caption is not a new answer.
            if (ctx.Location is not null && routes.Message(MessageKind.Location) is { } live)
            {
                await InvokeAsync<IMessageHandler>(ctx, live, (h, c, t) => h.HandleAsync(c, t), ct);
            }

            return;
        }

        var text = ctx.Message!.Text?.Trim();
        var command = text is not null && text.StartsWith('/') ? text
            : text is not null && chat.ReplyCommands.TryGetValue(text, out var pressed) ? pressed
            : null;
        if (command?.StartsWith(Outbound.Button.ChoicePrefix, StringComparison.Ordinal) == true)
        {
            ctx.Choice = command[Outbound.Button.ChoicePrefix.Length..];
            command = null;
        }

        if (command is not null)
        {
            await RouteCommandAsync(ctx, command, ct);
            return;
        }

        if (!ctx.IsPrivate)
        {
            return; // in groups the bot answers commands only
        }

        if (await conversations.LoadAsync(ctx.ChatId, ct) is { } conversation && conversation.ExpiresAt > ctx.Now)
        {
            if (routes.Flow(conversation.Module, conversation.Flow) is { } flow && await DeniedAsync(ctx, flow, ct))
            {
                await conversations.DeleteAsync(ctx.ChatId, ct); // the dialog is not theirs to finish any more
                return;
            }

            if (await flows.ContinueAsync(ctx, conversation, ct))
            {
                return;
            }
        }

        var kind = KindOf(ctx);
        if (kind is not null && routes.Message(kind.Value) is { } owner)
        {
            await InvokeAsync<IMessageHandler>(ctx, owner, (h, c, t) => h.HandleAsync(c, t), ct);
            return;
        }

        ctx.Reply(text is null ? "kernel.unsupported" : "kernel.unknown");
    }

    private async Task RouteCommandAsync(UpdateContext ctx, string text, CancellationToken ct)
    {
        var space = text.IndexOfAny([' ', '\n']);
        var head = (space < 0 ? text : text[..space])[1..];
        var at = head.IndexOf('@', StringComparison.Ordinal);
        ctx.Command = (at < 0 ? head : head[..at]).ToLowerInvariant();
        ctx.CommandArgs = space < 0 ? string.Empty : text[(space + 1)..].Trim();

        if (routes.Command(ctx.Command) is not { } route)
        {
            ctx.Reply(ctx.IsPrivate ? "kernel.unknown-command" : "kernel.group.private-only");
            return;
        }

        if (!ctx.IsPrivate && route.Module != "kernel")
        {
            ctx.Reply("kernel.group.private-only");
            return;
        }

        await InvokeAsync<ICommandHandler>(ctx, route, (h, c, t) => h.HandleAsync(c, t), ct);
    }

    private async Task InvokeAsync<THandler>(UpdateContext ctx, Route route, Func<THandler, UpdateContext, CancellationToken, Task> call, CancellationToken ct)
        where THandler : class
    {
        using var logScope = logger.BeginScope(new Dictionary<string, object> { ["Module"] = route.Module, ["Route"] = route.Name });
        if (await DeniedAsync(ctx, route, ct))
        {
            return;
        }

        await call((THandler)scope.Resolve(route.Handler), ctx, ct);
    }

    private static MessageKind? KindOf(UpdateContext ctx) =>
        ctx.Location is not null ? MessageKind.Location
        : ctx.Message?.Photo is not null || ctx.IsImageDocument ? MessageKind.Photo
        : ctx.Document is not null ? MessageKind.Document
        : ctx.Contact is not null ? MessageKind.Contact
        : null;

    /// <summary>Applies the route's audience; a refusal is told (a toast for a button) and nothing else happens.</summary>
    private async Task<bool> DeniedAsync(UpdateContext ctx, Route route, CancellationToken ct)
    {
        if (await access.DenyAsync(ctx, route, ct) is not { } reason)
        {
            return false;
        }

        if (ctx.Callback is not null)
        {
            ctx.Toast(reason, alert: true);
        }
        else
        {
            ctx.Reply(reason);
        }

        return true;
    }
}
