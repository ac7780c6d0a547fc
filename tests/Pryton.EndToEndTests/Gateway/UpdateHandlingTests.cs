using System.Text.Json.Nodes;
using Pryton.EndToEndTests.Probe;
using Pryton.Host.Configuration;
using Pryton.Testing;

namespace Pryton.EndToEndTests.Gateway;

public sealed class UpdateHandlingTests : ProbeHostFixture
{
    protected override PrytonSettings Tweak(PrytonSettings settings) => settings with { AdminUserIds = [7] };

    [Test]
    public async Task UnknownText_GetsAFriendlyPointerToHelp_InTheUsersLanguage()
    {
        var ru = Host.User("Ира");
        var en = Host.User("Ian", "en");

        ru.Says("привет");
        en.Says("hello");

        await ru.ExpectsAsync("Я не понял сообщение. Посмотрите /help");
        await en.ExpectsAsync("I did not understand that. See /help");
    }

    [Test]
    public async Task UnsupportedMessageKind_AndUnknownCommand_GetClearReplies()
    {
        var user = Host.User("Kim");

        user.SendsSticker();
        await user.ExpectsAsync("С таким сообщением я ничего не могу сделать.");
        user.Says("/fly_to_moon now");
        await user.ExpectsAsync("Такой команды нет.");
    }

    [Test]
    public async Task UserText_WithHtmlCharacters_IsEscapedAndDelivered()
    {
        var user = Host.User("Lev");

        user.Says("/echo <b>bold</b> & <script>x</script> \"q\"");

        var reply = await user.ExpectsAsync("Вы написали:");
        Assert.That(reply.Text, Is.EqualTo("Вы написали: <b>bold</b> & <script>x</script> \"q\""));
    }

    [Test]
    public async Task SameUpdateDeliveredThreeTimes_IsHandledOnce()
    {
        var user = Host.User("Mila");
        var message = user.Says("/echo once");
        await user.ExpectsAsync("Вы написали: once");
        var update = new JsonObject { ["update_id"] = 0, ["message"] = message.Json.DeepClone() };
        var updateId = await Host.Database.ScalarAsync<int>($"SELECT max(update_id) FROM kernel.processed_updates");

        for (var i = 0; i < 3; i++)
        {
            update["update_id"] = updateId;
            Host.Api.State.Redeliver(updateId, update);
        }

        await user.ExpectsNothingAsync(TimeSpan.FromSeconds(2));
        Assert.That(user.Inbox.Count(m => m.Text == "Вы написали: once"), Is.EqualTo(1));
    }

    [Test]
    public async Task HandlerThatFails_RollsBackApologisesAndTheBotGoesOn()
    {
        var user = Host.User("Nina");

        user.Says("/boom");
        await user.ExpectsAsync("Простите, что-то пошло не так");
        user.Says("/echo still here");
        await user.ExpectsAsync("Вы написали: still here");

        Assert.Multiple(async () =>
        {
            Assert.That(user.Inbox.Any(m => m.Text == "Сейчас взорвётся"), Is.False, "the failed handler's reply was rolled back");
            Assert.That(await Host.Database.ScalarAsync<long>($"SELECT count(*) FROM probe.runs WHERE chat_id = {user.Id}"), Is.Zero);
            Assert.That(Host.Logs.Lines, Has.Some.Contains("boom on purpose"));
        });
    }

    [Test]
    public async Task OneChatsUpdates_AreHandledInOrder()
    {
        var user = Host.User("Oleg");

        for (var i = 1; i <= 15; i++)
        {
            user.Says($"/echo {i}");
        }

        await user.ExpectsAsync("Вы написали: 15");
        await Eventually.That(() => user.Inbox.Count(m => m.Text!.StartsWith("Вы написали", StringComparison.Ordinal)) == 15, TimeSpan.FromSeconds(10));
        var order = user.Inbox.Where(m => m.Text!.StartsWith("Вы написали", StringComparison.Ordinal)).Select(m => int.Parse(m.Text!["Вы написали: ".Length..], System.Globalization.CultureInfo.InvariantCulture));
        Assert.That(order, Is.EqualTo(Enumerable.Range(1, 15)));
    }

    [Test]
    public async Task EveryCallback_IsAnswered_WhateverItCarries()
    {
        var user = Host.User("Pavel");
        user.Says("/taps");
        var message = await user.ExpectsAsync("Нажмите кнопку");

        var real = await user.PressesAsync("Два");
        var forged = await user.PressesDataAsync(message, "probe:tap:999999999999999999999");
        var unknownAction = await user.PressesDataAsync(message, "probe:explode:1");
        var otherModule = await user.PressesDataAsync(message, "ghost:join:1");
        var garbage = await user.PressesDataAsync(message, "\u0000\u00ff not ours");
        var empty = await user.PressesDataAsync(message, "");

        Assert.Multiple(() =>
        {
            Assert.That(real, Is.EqualTo("Нажато: 2"));
            Assert.That(new[] { forged, unknownAction, otherModule, garbage, empty }, Is.All.EqualTo("Эта кнопка устарела. Откройте меню заново."));
        });
    }

    [Test]
    public async Task AdminCommandAndButton_FromAPlayer_DoNothing()
    {
        var admin = new VirtualUser(Host.Api, new Sandbox.Emulator.EmulatedUser(7, "Admin"));
        var player = Host.User("Rita");
        admin.Says("/secret");
        var secret = await admin.ExpectsAsync("Секрет для админов");

        player.Says("/secret");
        await player.ExpectsAsync("Эта функция недоступна.");
        var toast = await player.PressesDataAsync(secret, "probe:secret:1");

        Assert.That(toast, Is.EqualTo("Эта функция недоступна."));
    }

    [Test]
    public async Task Language_SwitchedToEnglish_AppliesToEveryLaterText()
    {
        var user = Host.User("Sasha");

        user.Says("/language");
        await user.ExpectsAsync("Выберите язык");
        var toast = await user.PressesAsync("🇬🇧 English");
        var picker = await user.ExpectsAsync("Done: I will speak English now.");
        user.Says("hmm");
        await user.ExpectsAsync("I did not understand that.");
        var stale = await user.PressesDataAsync(picker, "probe:explode:1");

        Assert.That((toast, stale), Is.EqualTo(("Done: I will speak English now.", "This button is out of date. Please open the menu again.")),
            "button answers follow the chosen language, not Telegram's");
    }

    [Test]
    public async Task CommandMenus_ArePublishedPerLanguageAndForAdmins()
    {
        await Eventually.That(() => Host.Api.State.Commands("chat:7:") is not null, TimeSpan.FromSeconds(10));

        var players = Host.Api.State.Commands("all_private_chats::ru")!.Select(c => (string?)c!["command"]).ToList();
        var english = Host.Api.State.Commands("all_private_chats::")!.Select(c => (string?)c!["description"]).ToList();
        var admin = Host.Api.State.Commands("chat:7:")!.Select(c => (string?)c!["command"]).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(players, Does.Contain("echo").And.Contain("cancel").And.Not.Contain("secret"));
            Assert.That(english, Does.Contain("Echo a text"));
            Assert.That(admin, Does.Contain("secret").And.Contain("echo"));
        });
    }
}
