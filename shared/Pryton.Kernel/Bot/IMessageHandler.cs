namespace Pryton.Kernel.Bot;

/// <summary>Handles a kind of message declared with <see cref="BotMessageAttribute"/>.</summary>
public interface IMessageHandler
{
    Task HandleAsync(UpdateContext ctx, CancellationToken ct);
}
