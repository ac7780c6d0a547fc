namespace Pryton.Kernel.Bot;

/// <summary>The Telegram gateway's settings, filled by the host from the environment (ARCHITECTURE.md §10).</summary>
public sealed record GatewayOptions
{
    /// <summary>Bot token; never logged.</summary>
    public required string Token { get; init; }

    public string ApiBaseUrl { get; init; } = "https://api.telegram.org";

    /// <summary>Public webhook URL; null means long polling.</summary>
    public string? WebhookUrl { get; init; }

    public string? WebhookSecret { get; init; }

    public int WebhookPort { get; init; } = 8443;

    public string WebhookHost { get; init; } = "127.0.0.1";

    /// <summary>How long one Bot API call of the sender may take before it counts as a timeout.</summary>
    public TimeSpan SendTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Long-poll timeout of getUpdates, seconds.</summary>
    public int PollTimeoutSeconds { get; init; } = 25;

    /// <summary>Messages per second overall.</summary>
    public double SendRate { get; init; } = 30;

    /// <summary>Messages per second to one private chat.</summary>
    public double SendRatePerChat { get; init; } = 1;

    /// <summary>Messages per minute to one group.</summary>
    public double SendRatePerGroupPerMinute { get; init; } = 20;

    /// <summary>Updates of different chats handled at once.</summary>
    public int IntakeParallelism { get; init; } = 8;

    /// <summary>Bot API calls of the sender in flight at once.</summary>
    public int SendParallelism { get; init; } = 16;

    /// <summary>Telegram user ids of bootstrap admins (the admin gate's default until a module owns admins).</summary>
    public IReadOnlyList<long> AdminUserIds { get; init; } = [];

    public static IReadOnlyList<string> AllowedUpdates { get; } = ["message", "edited_message", "callback_query", "my_chat_member"];
}
