using System.Text.Json.Nodes;

namespace Pryton.Sandbox.Emulator;

/// <summary>
/// What people do on the emulated Telegram. Each action adds the user's message to their chat and queues the update
/// the bot will receive, shaped as Telegram shapes it.
/// </summary>
public sealed class EmulatedPeople(EmulatorState state)
{
    private int nextCallbackId = 1;

    public EmulatedMessage SendText(EmulatedUser user, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Send(user, (m, json) =>
        {
            m.Text = text;
            json["text"] = text;
            if (text.StartsWith('/'))
            {
                var length = text.IndexOf(' ') is var space and > 0 ? space : text.Length;
                json["entities"] = new JsonArray(new JsonObject { ["type"] = "bot_command", ["offset"] = 0, ["length"] = length });
            }
        });
    }

    /// <summary>A contact card: the user's own (the request_contact button) or someone else's typed by hand.</summary>
    public EmulatedMessage SendContact(EmulatedUser user, string phone, long? contactUserId, string firstName = "Contact") =>
        Send(user, (m, json) =>
        {
            m.Text = phone;
            var contact = new JsonObject { ["phone_number"] = phone, ["first_name"] = firstName };
            if (contactUserId is { } id)
            {
                contact["user_id"] = id;
            }

            json["contact"] = contact;
        });

    /// <summary>A one-off point, or the first message of a live location when <paramref name="livePeriod"/> is set.</summary>
    public EmulatedMessage SendLocation(EmulatedUser user, double latitude, double longitude, int? livePeriod = null, double? accuracy = null) =>
        Send(user, (m, json) =>
        {
            m.Location = (latitude, longitude);
            json["location"] = Location(latitude, longitude, livePeriod, accuracy);
        });

    /// <summary>A live location moves: Telegram sends the same message again as edited_message.</summary>
    public int MoveLiveLocation(EmulatedUser user, EmulatedMessage live, double latitude, double longitude, double? accuracy = null, bool stopped = false)
    {
        ArgumentNullException.ThrowIfNull(live);
        live.Location = (latitude, longitude);
        var json = (JsonObject)live.Json.DeepClone();
        var period = (int?)(live.Json["location"]?["live_period"]) ?? 900;
        json["location"] = Location(latitude, longitude, stopped ? null : period, accuracy);
        json["edit_date"] = state.Clock.GetUtcNow().ToUnixTimeSeconds();
        return state.Enqueue("edited_message", json);
    }

    public EmulatedMessage SendPhoto(EmulatedUser user, string fileId, string? caption = null) =>
        Send(user, (m, json) =>
        {
            m.PhotoFileId = fileId;
            m.Text = caption;
            json["photo"] = new JsonArray(
                new JsonObject { ["file_id"] = fileId + "-small", ["file_unique_id"] = "us" + fileId, ["width"] = 90, ["height"] = 67 },
                new JsonObject { ["file_id"] = fileId, ["file_unique_id"] = "u" + fileId, ["width"] = 1280, ["height"] = 960 });
            if (caption is not null)
            {
                json["caption"] = caption;
            }
        });

    public EmulatedMessage SendDocument(EmulatedUser user, string fileId, string fileName, string mimeType) =>
        Send(user, (m, json) =>
        {
            m.DocumentName = fileName;
            json["document"] = new JsonObject { ["file_id"] = fileId, ["file_unique_id"] = "u" + fileId, ["file_name"] = fileName, ["mime_type"] = mimeType };
        });

    /// <summary>Sends a sticker: a kind of message the bot has no use for.</summary>
    public EmulatedMessage SendSticker(EmulatedUser user) =>
        Send(user, (_, json) => json["sticker"] = new JsonObject { ["file_id"] = "sticker", ["file_unique_id"] = "usticker", ["width"] = 512, ["height"] = 512, ["is_animated"] = false, ["is_video"] = false, ["type"] = "regular" });

    /// <summary>Presses an inline button (any data: a real button's, a stale one's, or forged). Returns the callback id.</summary>
    public string Press(EmulatedUser user, EmulatedMessage message, string data)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(message);
        var id = $"cb{Interlocked.Increment(ref nextCallbackId)}";
        state.Enqueue("callback_query", new JsonObject
        {
            ["id"] = id,
            ["from"] = From(user),
            ["message"] = message.Json.DeepClone(),
            ["chat_instance"] = "ci" + user.Id,
            ["data"] = data,
        });
        return id;
    }

    /// <summary>The user blocks (or unblocks) the bot: Telegram sends my_chat_member.</summary>
    public void SetBotBlocked(EmulatedUser user, bool blocked)
    {
        ArgumentNullException.ThrowIfNull(user);
        state.Enqueue("my_chat_member", new JsonObject
        {
            ["chat"] = Chat(user),
            ["from"] = From(user),
            ["date"] = state.Clock.GetUtcNow().ToUnixTimeSeconds(),
            ["old_chat_member"] = new JsonObject { ["status"] = blocked ? "member" : "kicked", ["user"] = new JsonObject { ["id"] = 1, ["is_bot"] = true, ["first_name"] = "Pryton" } },
            ["new_chat_member"] = new JsonObject { ["status"] = blocked ? "kicked" : "member", ["user"] = new JsonObject { ["id"] = 1, ["is_bot"] = true, ["first_name"] = "Pryton" } },
        });
    }

    private EmulatedMessage Send(EmulatedUser user, Action<EmulatedMessage, JsonObject> fill)
    {
        ArgumentNullException.ThrowIfNull(user);
        state.AddUser(user);
        var message = state.AddMessage(user.Id, fromBot: false, id =>
        {
            var m = new EmulatedMessage { MessageId = id, ChatId = user.Id, FromBot = false, Date = state.Clock.GetUtcNow() };
            var json = new JsonObject
            {
                ["message_id"] = id,
                ["date"] = m.Date.ToUnixTimeSeconds(),
                ["chat"] = Chat(user),
                ["from"] = From(user),
            };
            fill(m, json);
            m.Json = json;
            return m;
        });
        state.Enqueue("message", message.Json.DeepClone());
        return message;
    }

    private static JsonObject Location(double latitude, double longitude, int? livePeriod, double? accuracy)
    {
        var location = new JsonObject { ["latitude"] = latitude, ["longitude"] = longitude };
        if (livePeriod is { } period)
        {
            location["live_period"] = period;
        }

        if (accuracy is { } meters)
        {
            location["horizontal_accuracy"] = meters;
        }

        return location;
    }

    private static JsonObject Chat(EmulatedUser user) => new() { ["id"] = user.Id, ["type"] = "private", ["first_name"] = user.FirstName };

    private static JsonObject From(EmulatedUser user)
    {
        var from = new JsonObject { ["id"] = user.Id, ["is_bot"] = false, ["first_name"] = user.FirstName };
        if (user.Username is not null)
        {
            from["username"] = user.Username;
        }

        if (user.LanguageCode is not null)
        {
            from["language_code"] = user.LanguageCode;
        }

        return from;
    }
}
