namespace Pryton.Kernel.Bot;

/// <summary>What the kernel knows of chats: each user's language (their /language choice, else Telegram's).</summary>
public interface IChatDirectory
{
    /// <summary>Languages of the given chats; a chat the bot has never seen is absent.</summary>
    Task<IReadOnlyDictionary<long, string>> LanguagesAsync(IReadOnlyCollection<long> chatIds, CancellationToken ct);
}
