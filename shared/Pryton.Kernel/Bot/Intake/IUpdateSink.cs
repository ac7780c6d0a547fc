using Telegram.Bot.Types;

namespace Pryton.Kernel.Bot.Intake;

/// <summary>Where updates enter the bot, from polling, the webhook endpoint or a benchmark.</summary>
public interface IUpdateSink
{
    /// <summary>
    /// Returns once the update's effects are committed (or it was a duplicate). Throws only when nothing could be
    /// recorded (the database is down): the caller must then not acknowledge the update, so Telegram sends it again.
    /// </summary>
    Task HandleAsync(Update update, CancellationToken ct);
}
