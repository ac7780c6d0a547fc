using System.Text;
using System.Text.Json.Nodes;

namespace Pryton.Sandbox.Emulator;

/// <summary>The Bot API methods Pryton uses, answered from <see cref="EmulatorState"/> the way Telegram answers them.</summary>
internal sealed class BotApiMethods(EmulatorState state, long botId, Func<long, bool> isBlocked)
{
    private JsonObject BotUser => new() { ["id"] = botId, ["is_bot"] = true, ["first_name"] = "Pryton", ["username"] = "pryton_bot" };

    public async Task<ApiResult> CallAsync(string method, JsonObject body, CancellationToken ct) => method.ToLowerInvariant() switch
    {
        "getme" => ApiResult.Ok(BotUser),
        "getupdates" => ApiResult.Ok(await state.TakeUpdatesAsync((int?)Long(body, "offset"), (int?)Long(body, "limit") ?? 100,
            TimeSpan.FromSeconds(Long(body, "timeout") ?? 0), ct)),
        "setwebhook" => ApiResult.Ok(true),
        "deletewebhook" => ApiResult.Ok(true),
        "getwebhookinfo" => ApiResult.Ok(new JsonObject { ["url"] = "", ["has_custom_certificate"] = false, ["pending_update_count"] = state.PendingUpdates }),
        "sendmessage" => SendMessage(body),
        "editmessagetext" => EditText(body),
        "editmessagereplymarkup" => EditMarkup(body),
        "deletemessage" => Delete(body),
        "answercallbackquery" => AnswerCallback(body),
        "sendphoto" => SendMedia(body, m => UploadedOrKnownPhoto(body, m), "photo"),
        "senddocument" => SendMedia(body, m => (m.DocumentName, m.DocumentContent) = DocumentOf(body), "document"),
        "sendlocation" => SendMedia(body, m => m.Location = ((double)body["latitude"]!, (double)body["longitude"]!), "location"),
        "sendmediagroup" => SendMediaGroup(body),
        "sendchataction" => ApiResult.Ok(true),
        "setmycommands" => SetCommands(body),
        "getmycommands" => ApiResult.Ok(state.Commands(ScopeKey(body))?.DeepClone() ?? new JsonArray()),
        "deletemycommands" => DeleteCommands(body),
        "getfile" => ApiResult.Ok(new JsonObject { ["file_id"] = (string?)body["file_id"], ["file_unique_id"] = "u" + (string?)body["file_id"], ["file_path"] = $"photos/{(string?)body["file_id"]}.jpg" }),
        _ => ApiResult.Error(404, "Not Found: method not found"),
    };

    private ApiResult SendMessage(JsonObject body)
    {
        var text = (string?)body["text"] ?? string.Empty;
        if (Refuse(body, text, 4096) is { } refusal)
        {
            return refusal;
        }

        var message = Add(body, m => (m.Text, m.Html) = (TelegramHtml.Parse(text).Plain ?? text, text));
        return ApiResult.Ok(message.Json);
    }

    private ApiResult EditText(JsonObject body)
    {
        var text = (string?)body["text"] ?? string.Empty;
        if (Refuse(body, text, 4096) is { } refusal)
        {
            return refusal;
        }

        return Edit(body, m =>
        {
            var plain = TelegramHtml.Parse(text).Plain;
            var markup = body["reply_markup"] as JsonObject;
            if (m.Text == plain && Same(m.ReplyMarkup, markup))
            {
                return "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message";
            }

            m.Text = plain;
            m.Html = text;
            m.ReplyMarkup = (JsonObject?)markup?.DeepClone();
            return null;
        });
    }

    private ApiResult EditMarkup(JsonObject body) => Edit(body, m =>
    {
        var markup = body["reply_markup"] as JsonObject;
        if (Same(m.ReplyMarkup, markup))
        {
            return "Bad Request: message is not modified";
        }

        m.ReplyMarkup = (JsonObject?)markup?.DeepClone();
        return null;
    });

    private ApiResult Delete(JsonObject body)
    {
        var message = state.Message(ChatId(body), (int)(Long(body, "message_id") ?? 0));
        if (message is null || message.Deleted)
        {
            return ApiResult.Error(400, "Bad Request: message to delete not found");
        }

        message.Deleted = true;
        state.Changed(message);
        return ApiResult.Ok(true);
    }

    private ApiResult AnswerCallback(JsonObject body)
    {
        var text = (string?)body["text"];
        if (text is { Length: > 200 })
        {
            return ApiResult.Error(400, "Bad Request: MESSAGE_TOO_LONG");
        }

        state.AnswerCallback((string)body["callback_query_id"]!, text, (bool?)body["show_alert"] ?? false);
        return ApiResult.Ok(true);
    }

    private ApiResult SendMedia(JsonObject body, Action<EmulatedMessage> fill, string field)
    {
        var caption = (string?)body["caption"];
        if (caption is not null && Refuse(body, caption, 1024) is { } refusal)
        {
            return refusal;
        }

        var message = Add(body, m =>
        {
            fill(m);
            m.Text = caption is null ? null : TelegramHtml.Parse(caption).Plain;
            m.Html = caption;
        });
        message.Json[field] = field switch
        {
            "photo" => new JsonArray(new JsonObject { ["file_id"] = message.PhotoFileId, ["file_unique_id"] = "u" + message.PhotoFileId, ["width"] = 1280, ["height"] = 960 }),
            "location" => new JsonObject { ["latitude"] = message.Location!.Value.Latitude, ["longitude"] = message.Location.Value.Longitude },
            _ => new JsonObject { ["file_id"] = "doc" + message.MessageId, ["file_unique_id"] = "udoc" + message.MessageId, ["file_name"] = message.DocumentName },
        };
        return ApiResult.Ok(message.Json);
    }

    private ApiResult SendMediaGroup(JsonObject body)
    {
        var media = body["media"] as JsonArray ?? JsonNode.Parse((string?)body["media"] ?? "[]") as JsonArray ?? [];
        if (media.Count is < 2 or > 10)
        {
            return ApiResult.Error(400, "Bad Request: wrong number of media in the album");
        }

        var sent = new JsonArray();
        foreach (var item in media.OfType<JsonObject>())
        {
            var caption = (string?)item["caption"];
            var message = Add(body, m =>
            {
                m.PhotoFileId = (string?)item["media"];
                m.Text = caption is null ? null : TelegramHtml.Parse(caption).Plain;
            });
            sent.Add(message.Json.DeepClone());
        }

        return ApiResult.Ok(sent);
    }

    private ApiResult SetCommands(JsonObject body)
    {
        var commands = body["commands"] as JsonArray ?? JsonNode.Parse((string?)body["commands"] ?? "[]") as JsonArray ?? [];
        if (commands.Count > 100 || commands.OfType<JsonObject>().Any(c => ((string?)c["description"])?.Length is null or 0 or > 256))
        {
            return ApiResult.Error(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID");
        }

        state.SetCommands(ScopeKey(body), (JsonArray)commands.DeepClone());
        return ApiResult.Ok(true);
    }

    private ApiResult DeleteCommands(JsonObject body)
    {
        state.RemoveCommands(ScopeKey(body));
        return ApiResult.Ok(true);
    }

    private ApiResult? Refuse(JsonObject body, string html, int limit)
    {
        var chatId = ChatId(body);
        if (isBlocked(chatId))
        {
            return ApiResult.Error(403, "Forbidden: bot was blocked by the user");
        }

        var (plain, error) = TelegramHtml.Parse(html);
        if (error is not null)
        {
            return ApiResult.Error(400, error);
        }

        if (plain!.Length > limit || (limit == 4096 && plain.Trim().Length == 0))
        {
            return ApiResult.Error(400, plain.Length > limit ? "Bad Request: message is too long" : "Bad Request: message text is empty");
        }

        var tooLong = (body["reply_markup"]?["inline_keyboard"] as JsonArray)?.OfType<JsonArray>().SelectMany(r => r.OfType<JsonObject>())
            .Any(b => b["callback_data"] is { } d && Encoding.UTF8.GetByteCount((string)d!) > 64);
        return tooLong == true ? ApiResult.Error(400, "Bad Request: BUTTON_DATA_INVALID") : null;
    }

    private ApiResult Edit(JsonObject body, Func<EmulatedMessage, string?> change)
    {
        var message = state.Message(ChatId(body), (int)(Long(body, "message_id") ?? 0));
        if (message is null || message.Deleted || !message.FromBot)
        {
            return ApiResult.Error(400, "Bad Request: message to edit not found");
        }

        if (change(message) is { } error)
        {
            return ApiResult.Error(400, error);
        }

        message.EditCount++;
        message.Json["text"] = message.Text;
        message.Json["edit_date"] = state.Clock.GetUtcNow().ToUnixTimeSeconds();
        message.Json["reply_markup"] = message.ReplyMarkup?.DeepClone();
        state.Changed(message);
        return ApiResult.Ok(message.Json);
    }

    private EmulatedMessage Add(JsonObject body, Action<EmulatedMessage> fill)
    {
        var chatId = ChatId(body);
        return state.AddMessage(chatId, fromBot: true, id =>
        {
            var message = new EmulatedMessage { MessageId = id, ChatId = chatId, FromBot = true, Date = state.Clock.GetUtcNow() };
            fill(message);
            var markup = body["reply_markup"] as JsonObject;
            message.ReplyMarkup = markup?["inline_keyboard"] is not null ? (JsonObject)markup.DeepClone() : (JsonObject?)markup?.DeepClone();
            message.Json = new JsonObject
            {
                ["message_id"] = id,
                ["date"] = message.Date.ToUnixTimeSeconds(),
                ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = chatId > 0 ? "private" : "group" },
                ["from"] = BotUser,
            };
            if (message.Text is not null)
            {
                message.Json[message.PhotoFileId is null && message.Location is null && message.DocumentName is null ? "text" : "caption"] = message.Text;
            }

            if (markup?["inline_keyboard"] is not null)
            {
                message.Json["reply_markup"] = markup.DeepClone();
            }

            return message;
        });
    }

    private static bool Same(JsonObject? a, JsonObject? b) => JsonNode.DeepEquals(a, b);

    private static long ChatId(JsonObject body) => Long(body, "chat_id") ?? 0;

    internal static long? Long(JsonObject body, string name) => body[name] switch
    {
        null => null,
        JsonValue v when v.TryGetValue<long>(out var l) => l,
        JsonValue v when v.TryGetValue<string>(out var s) && long.TryParse(s, out var p) => p,
        _ => null,
    };

    private static string ScopeKey(JsonObject body)
    {
        var scope = body["scope"] as JsonObject ?? (JsonNode.Parse((string?)body["scope"] ?? "{}") as JsonObject) ?? [];
        return $"{(string?)scope["type"] ?? "default"}:{Long(scope, "chat_id")}:{(string?)body["language_code"]}";
    }

    private static string? FileIdOf(JsonNode? node) => node switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonObject o => (string?)o["file_id"] ?? (string?)o["media"],
        _ => null,
    };

    /// <summary>A photo by file id, or an uploaded one (kept with its bytes; it gets a file id of its own).</summary>
    private static void UploadedOrKnownPhoto(JsonObject body, EmulatedMessage message)
    {
        if (body["__file_base64"] is null)
        {
            message.PhotoFileId = FileIdOf(body["photo"]);
            return;
        }

        (message.DocumentName, message.DocumentContent) = DocumentOf(body);
        message.PhotoFileId = "uploaded-" + message.MessageId;
    }

    private static (string?, byte[]?) DocumentOf(JsonObject body) =>
        ((string?)body["__file_name"] ?? "file", body["__file_base64"] is { } b ? Convert.FromBase64String((string)b!) : null);
}
