using Pryton.Kernel.Bot.Conversations;
using Pryton.Kernel.Bot.Outbound;
using Pryton.Kernel.Texts;
using Telegram.Bot.Types;

namespace Pryton.Kernel.Bot;

/// <summary>
/// One update as a handler sees it: who wrote, in which language, what they sent, and the ways to answer. Replies are
/// queued in the update's own transaction, so they go out only if the handler's changes commit.
/// </summary>
public sealed class UpdateContext
{
    private readonly TextCatalog texts;
    private readonly List<(OutboundMessage Message, SendOptions Options)> replies = [];

    internal UpdateContext(Update update, long chatId, long userId, ChatKind chatKind, string language, TextCatalog texts, IOutbound outbound, DateTimeOffset now)
    {
        Update = update;
        ChatId = chatId;
        UserId = userId;
        ChatKind = chatKind;
        Language = language;
        this.texts = texts;
        Outbound = outbound;
        Now = now;
    }

    public Update Update { get; }

    public long UpdateId => Update.Id;

    public long ChatId { get; }

    public long UserId { get; }

    public ChatKind ChatKind { get; }

    public bool IsPrivate => ChatKind == ChatKind.Private;

    /// <summary>The user's language: their choice, else derived from Telegram's language_code.</summary>
    public string Language { get; internal set; }

    /// <summary>The game clock's now (fake in tests).</summary>
    public DateTimeOffset Now { get; }

    /// <summary>Queues messages to other chats in this update's transaction.</summary>
    public IOutbound Outbound { get; }

    public User? From => Update.Message?.From ?? Update.EditedMessage?.From ?? Update.CallbackQuery?.From ?? Update.MyChatMember?.From;

    public Message? Message => Update.Message ?? Update.EditedMessage;

    /// <summary>A change to an earlier message: for locations, a live-location move.</summary>
    public bool IsEdit => Update.EditedMessage is not null;

    /// <summary>
    /// When the phone sent the message (for an edit, the edit's time), not when it was handled: speeds and grace
    /// periods are measured between points as they happened. <see cref="Now"/> when Telegram gave no time.
    /// </summary>
    public DateTimeOffset SentAt => Message is { } message ? SentTime(message, Now) : Now;

    /// <summary>The message text (or a photo's caption).</summary>
    public string? Text => Message?.Text ?? Message?.Caption;

    /// <summary>The command without slash and bot name (<c>start</c>), when the update is one.</summary>
    public string? Command { get; internal set; }

    /// <summary>What follows the command (<c>/start g12_driver</c> → <c>g12_driver</c>), trimmed.</summary>
    public string CommandArgs { get; internal set; } = string.Empty;

    /// <summary>The value of the reply-keyboard choice the user pressed (<see cref="Outbound.Button.Choice"/>), if any.</summary>
    public string? Choice { get; internal set; }

    public Contact? Contact => Message?.Contact;

    public Location? Location => Message?.Location;

    /// <summary>True while the user shares a live location (its messages carry a live period).</summary>
    public bool IsLiveLocation => Location?.LivePeriod is not null;

    internal static DateTimeOffset SentTime(Message message, DateTimeOffset fallback) => (message.EditDate ?? message.Date) is var sent && sent != default
        ? new DateTimeOffset(DateTime.SpecifyKind(sent, DateTimeKind.Utc))
        : fallback;

    /// <summary>The largest size of a photo (the array's order is not guaranteed).</summary>
    public PhotoSize? Photo => Message?.Photo?.MaxBy(p => (long)p.Width * p.Height);

    public Document? Document => Message?.Document;

    /// <summary>An image sent as a file (keeps its quality and metadata).</summary>
    public bool IsImageDocument => Document?.MimeType?.StartsWith("image/", StringComparison.OrdinalIgnoreCase) == true;

    public CallbackQuery? Callback => Update.CallbackQuery;

    /// <summary>The arguments after <c>module:action</c> of the pressed button. Never trusted: re-check them.</summary>
    public IReadOnlyList<string> CallbackArgs { get; internal set; } = [];

    /// <summary>The message under the pressed button.</summary>
    public int? CallbackMessageId => Callback?.Message?.Id;

    /// <summary>
    /// Reads the button's first argument as an id. When it is not one (forged or garbled data), the button is
    /// answered as stale and false is returned: the handler simply stops.
    /// </summary>
    public bool ArgIds(out long first) => ArgIds(out first, out _, needed: 1);

    /// <summary>Reads the button's first two arguments as ids (a game and a player); stale otherwise.</summary>
    public bool ArgIds(out long first, out long second) => ArgIds(out first, out second, needed: 2);

    internal IReadOnlyList<(OutboundMessage Message, SendOptions Options)> Replies => replies;

    internal (TextRef Text, bool Alert)? Answer { get; private set; }

    internal (Type Flow, object Draft, string? Step, bool Resume)? FlowToStart { get; private set; }

    internal bool FlowEnded { get; private set; }

    /// <summary>Renders a text in the user's language.</summary>
    public string T(string key, object? args = null) => texts.Render(key, Language, args);

    public void Reply(TextRef text, Keyboard? keyboard = null) => replies.Add((OutboundMessage.Of(text, keyboard), SendOptions.Default));

    public void Reply(OutboundMessage message, SendOptions? options = null) => replies.Add((message, options ?? SendOptions.Default));

    /// <summary>After a button press, changes the message the button was on; otherwise sends a new message.</summary>
    public void EditOrReply(TextRef text, Keyboard? inlineKeyboard = null)
    {
        if (CallbackMessageId is { } messageId)
        {
            replies.Add((OutboundMessage.EditText(MessageTarget.Telegram(messageId), text, inlineKeyboard), SendOptions.Default));
        }
        else
        {
            Reply(text, inlineKeyboard);
        }
    }

    /// <summary>The short notice shown for a pressed button (or a dialog with <paramref name="alert"/>).</summary>
    public void Toast(TextRef text, bool alert = false) => Answer = (text, alert);

    private bool ArgIds(out long first, out long second, int needed)
    {
        first = second = 0;
        var ok = CallbackArgs.Count >= needed
            && long.TryParse(CallbackArgs[0], System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out first)
            && (needed < 2 || long.TryParse(CallbackArgs[1], System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out second));
        if (!ok)
        {
            Toast("kernel.callback.stale");
        }

        return ok;
    }

    /// <summary>Opens a conversation after this handler: its first (or the given) step's question is asked.</summary>
    public void StartFlow<TFlow>(object draft, string? step = null)
        where TFlow : IConversationFlow
    {
        FlowToStart = (typeof(TFlow), draft, step, false);
        FlowEnded = false;
    }

    /// <summary>Asks the current question again when this flow is already open (nothing typed so far is lost); else starts it.</summary>
    public void ResumeOrStartFlow<TFlow>(object draft)
        where TFlow : IConversationFlow
    {
        FlowToStart = (typeof(TFlow), draft, null, true);
        FlowEnded = false;
    }

    /// <summary>Closes the open conversation, if any, without completing it.</summary>
    public void EndFlow()
    {
        FlowToStart = null;
        FlowEnded = true;
    }

    internal string Render(TextRef text) => texts.Render(text, Language);
}
