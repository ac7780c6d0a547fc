using Telegram.Bot;

namespace Pryton.Kernel.Bot;

/// <summary>
/// The Bot API clients. The library's own 429 retry is off (RetryCount = 1): every 429 reaches Pryton's queue,
/// which pauses only what must pause and counts it. Intake has its own client because a long poll holds a connection.
/// </summary>
internal sealed class BotClients : IDisposable
{
    private readonly HttpClient senderHttp;
    private readonly HttpClient intakeHttp;

    public BotClients(GatewayOptions options)
    {
        senderHttp = new HttpClient { Timeout = options.SendTimeout };
        intakeHttp = new HttpClient { Timeout = TimeSpan.FromSeconds(options.PollTimeoutSeconds + 15) };
        Sender = Create(options, senderHttp);
        Intake = Create(options, intakeHttp);
    }

    /// <summary>Sends queued messages, answers callbacks, sets menus.</summary>
    public ITelegramBotClient Sender { get; }

    /// <summary>getUpdates long polling and webhook management.</summary>
    public ITelegramBotClient Intake { get; }

    public void Dispose()
    {
        senderHttp.Dispose();
        intakeHttp.Dispose();
    }

    private static TelegramBotClient Create(GatewayOptions options, HttpClient http)
    {
        var clientOptions = new TelegramBotClientOptions(options.Token, options.ApiBaseUrl == "https://api.telegram.org" ? null : options.ApiBaseUrl)
        {
            RetryCount = 1,
            RetryThreshold = 0,
        };
        return new TelegramBotClient(clientOptions, http);
    }
}
