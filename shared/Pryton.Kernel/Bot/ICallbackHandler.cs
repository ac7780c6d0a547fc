namespace Pryton.Kernel.Bot;

/// <summary>Handles a button press declared with <see cref="BotCallbackAttribute"/>; re-checks who asks and the state.</summary>
public interface ICallbackHandler
{
    Task HandleAsync(UpdateContext ctx, CancellationToken ct);
}
