using System.Text;
using System.Text.Json.Nodes;
using Pryton.Sandbox.Emulator;

namespace Pryton.EndToEndTests.Reliability;

/// <summary>
/// Makes the updates a crowd of careless, curious and hostile people would send: random texts in every script,
/// 4 096-character messages, HTML, commands with junk arguments, real buttons pressed late, forged, oversized and
/// garbled callback data, contacts, locations, photos, stickers and files at any step, edits of old messages, dice
/// and polls, group chats, and blocking the bot. Seeded, so a failing run can be replayed.
/// </summary>
internal sealed class UpdateFuzzer(BotApiEmulator api, int seed)
{
    private static readonly string[] Commands =
        ["/start", "/help", "/games", "/mygames", "/profile", "/found", "/sos", "/cancel", "/language", "/menu", "/results", "/rules", "/admin",
         "/newgame", "/audit", "/moderation", "/settings", "/broadcast", "/players", "/stats", "/forget", "/notifications", "/unknowncommand"];

    private static readonly string[] Pieces =
        ["привет", "Анна", "<b>жирный</b>", "<script>x</script>", "&amp;&lt;", "a & b < c > d", "🚗🔍🏁", "👨‍👩‍👧‍👦", "مرحبا", "שלום", "\u200b\u200d", "Z̴̢a̵l̶g̷o̸",
         "19:30", "31.02.2027", "0", "-1", "999999999999999999999", "55.75,37.62", "+7 999 000-11-22", "а123вс 77", "Kia Rio", "да", "нет", "\n\n", "   ",
         "g1", "g999999", "'; DROP TABLE games.games; --", "%s%s%n", "{{title}}", "null", "✅ Записаться", "📝 Зарегистрироваться"];

    private static readonly string[] CallbackShapes =
        ["games:join:{n}", "games:leave:{n}", "games:open:{n}", "games:seat:{n}:yes", "games:forfeit:{n}:yes", "games:follow:{n}:on", "admin:do:{n}:start",
         "admin:newgame", "photos:decide:{n}:approve", "registration:role:driver", "registration:district:{n}", "menu:open", "nosuchmodule:x", "games", ":",
         "games:join:", "games:join:abc", "games:join:{n}:{n}:{n}:{n}", "admin:revoke:{n}:yes", "photos:driver:{n}:yes"];

    private readonly Random random = new(seed);

    /// <summary>What one person did: the update's kind, and whether a reply in their chat is owed for it.</summary>
    public (string Kind, string? CallbackId, bool Owed) Act(EmulatedUser user)
    {
        var roll = random.Next(100);
        var inbox = api.State.Messages(user.Id).Where(m => m.FromBot).ToList();
        var mine = api.State.Messages(user.Id).Where(m => !m.FromBot).ToList();
        switch (roll)
        {
            case < 25:
                api.Users.SendText(user, Text());
                return ("text", null, true);
            case < 35:
                api.Users.SendText(user, Commands[random.Next(Commands.Length)] + (random.Next(2) == 0 ? string.Empty : " " + Text()));
                return ("command", null, true);
            case < 50 when inbox.Count > 0:
                var withButtons = inbox.Where(m => m.InlineButtons.Any(b => b.Data is not null)).ToList();
                if (withButtons.Count > 0 && random.Next(2) == 0)
                {
                    var message = withButtons[random.Next(withButtons.Count)];
                    var buttons = message.InlineButtons.Where(b => b.Data is not null).ToList();
                    return ("button", api.Users.Press(user, message, buttons[random.Next(buttons.Count)].Data!), false);
                }

                return ("forged callback", api.Users.Press(user, inbox[random.Next(inbox.Count)], CallbackData()), false);
            case < 58 when inbox.Any(m => m.ReplyButtons.Any()):
                var reply = inbox.Last(m => m.ReplyButtons.Any()).ReplyButtons.ToList();
                var pick = reply[random.Next(reply.Count)];
                if (pick.Contact)
                {
                    api.Users.SendContact(user, "+7 999 000-11-22", user.Id, user.FirstName);
                }
                else if (pick.Location)
                {
                    api.Users.SendLocation(user, 55.75, 37.62);
                }
                else
                {
                    api.Users.SendText(user, pick.Label);
                }

                return ("reply button", null, true);
            case < 62:
                api.Users.SendContact(user, random.Next(2) == 0 ? "+79990001122" : "12", random.Next(2) == 0 ? user.Id : user.Id + 1);
                return ("contact", null, true);
            case < 67:
                api.Users.SendLocation(user, (random.NextDouble() * 180) - 90, (random.NextDouble() * 360) - 180, random.Next(2) == 0 ? 900 : null);
                return ("location", null, true);
            case < 71:
                api.Users.SendPhoto(user, "fuzz-" + random.Next(1000), random.Next(2) == 0 ? null : Text());
                return ("photo", null, true);
            case < 73:
                api.Users.SendSticker(user);
                return ("sticker", null, true);
            case < 75:
                api.Users.SendDocument(user, "doc-" + random.Next(1000), random.Next(2) == 0 ? "car.jpg" : "virus.exe", random.Next(2) == 0 ? "image/jpeg" : "application/octet-stream");
                return ("document", null, true);
            case < 80 when mine.Count > 0:
                var edited = (JsonObject)mine[random.Next(mine.Count)].Json.DeepClone();
                edited.Remove("location");
                edited["text"] = Text();
                edited["edit_date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
                api.State.Enqueue("edited_message", edited);
                return ("edit without location", null, false);
            case < 84:
                api.State.Enqueue("message", Raw(user, random.Next(3) switch
                {
                    0 => ("dice", new JsonObject { ["emoji"] = "🎲", ["value"] = 6 }),
                    1 => ("poll", new JsonObject { ["id"] = "p1", ["question"] = "?", ["options"] = new JsonArray(), ["is_closed"] = false }),
                    _ => ("voice", new JsonObject { ["file_id"] = "v1", ["file_unique_id"] = "uv1", ["duration"] = 3 }),
                }));
                return ("dice, poll or voice", null, true);
            case < 90:
                var group = new JsonObject { ["id"] = -100_000 - random.Next(5), ["type"] = "supergroup", ["title"] = "Чат <b>игроков</b>" };
                var inGroup = Raw(user, ("text", JsonValue.Create(random.Next(2) == 0 ? "/start" : Text())!));
                inGroup["chat"] = group;
                api.State.Enqueue("message", inGroup);
                return ("group message", null, false);
            case < 92:
                api.Users.SetBotBlocked(user, random.Next(3) == 0);
                return ("block or unblock", null, false);
            default:
                api.Users.SendText(user, "/start" + (random.Next(3) == 0 ? " g" + random.Next(-5, 50) : string.Empty));
                return ("start", null, true);
        }
    }

    private string Text()
    {
        if (random.Next(20) == 0)
        {
            return string.Concat(Enumerable.Repeat("Ж🚗<", 4096 / 4 + 1))[..4096];
        }

        var text = new StringBuilder();
        for (var i = random.Next(1, 4); i > 0; i--)
        {
            text.Append(random.Next(4) == 0 ? RandomUnicode(random.Next(1, 30)) : Pieces[random.Next(Pieces.Length)]).Append(' ');
        }

        return text.ToString().TrimEnd() is { Length: > 0 } trimmed ? trimmed : "?";
    }

    private string RandomUnicode(int length)
    {
        var text = new StringBuilder();
        while (text.Length < length)
        {
            var codePoint = random.Next(4) switch { 0 => random.Next(0x20, 0x7F), 1 => random.Next(0x400, 0x4FF), 2 => random.Next(0x1F300, 0x1FAFF), _ => random.Next(0x80, 0xD7FF) };
            text.Append(char.ConvertFromUtf32(codePoint));
        }

        return text.ToString();
    }

    private string CallbackData() => random.Next(5) switch
    {
        0 => new string('x', random.Next(65, 300)),
        1 => RandomUnicode(random.Next(1, 40)),
        2 => string.Empty,
        _ => CallbackShapes[random.Next(CallbackShapes.Length)].Replace("{n}", random.Next(4) switch { 0 => "-7", 1 => "99999999999999999999", _ => random.Next(1, 40).ToString(System.Globalization.CultureInfo.InvariantCulture) }, StringComparison.Ordinal),
    };

    private JsonObject Raw(EmulatedUser user, (string Field, JsonNode Value) content) => new()
    {
        ["message_id"] = 900_000 + random.Next(100_000),
        ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        ["chat"] = new JsonObject { ["id"] = user.Id, ["type"] = "private", ["first_name"] = user.FirstName },
        ["from"] = new JsonObject { ["id"] = user.Id, ["is_bot"] = false, ["first_name"] = user.FirstName, ["language_code"] = user.LanguageCode },
        [content.Field] = content.Value,
    };
}
