namespace Pryton.Kernel.Bot;

/// <summary>Handles a command declared with <see cref="BotCommandAttribute"/>.</summary>
public interface ICommandHandler
{
    Task HandleAsync(UpdateContext ctx, CancellationToken ct);
}
