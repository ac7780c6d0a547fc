using Autofac;
using Microsoft.Extensions.DependencyInjection;
using Pryton.EndToEndTests.Registration;
using Pryton.Testing;
using Pryton.Kernel.Bot.Menu;
using Pryton.Kernel.UnitOfWork;

namespace Pryton.EndToEndTests.Menu;

public sealed class ContextMenuTests : RegistrationFixture
{
    [Test]
    public async Task Newcomer_GetsOnlyHelpAndLanguage()
    {
        var guest = Host.User("Guest");

        guest.Says("/menu");

        var menu = await guest.ExpectsAsync("Главное меню");
        Assert.That(menu.ReplyButtons.Select(b => b.Label), Is.EqualTo(new[] { "❓ Помощь", "🌐 Язык" }));
    }

    [Test]
    public async Task MenuButtons_RouteByCommand_InEitherLanguage()
    {
        var user = Host.User("Yuri");
        await SignUpAsync(user, "Юрий");

        user.PressesReplyButton("🎮 Игры");
        await user.ExpectsAsync("открытой записью");
        user.Says("/language");
        await user.PressesAsync("🇬🇧 English");
        user.Says("/menu");
        await user.ExpectsAsync("The main menu is at the bottom");
        user.PressesReplyButton("👤 Profile");

        await user.ExpectsAsync("Name: Юрий");
    }

    [Test]
    public async Task Help_ListsTheCommandsThisPersonCanUse()
    {
        var guest = Host.User("Newbie");
        var player = Host.User("Player");
        await SignUpAsync(player, "Игрок");

        guest.Says("/help");
        var forGuest = await guest.ExpectsAsync("Начните с /start");
        player.Says("/help");
        var forPlayer = await player.ExpectsAsync("Что я умею:");

        Assert.Multiple(() =>
        {
            Assert.That(forPlayer.Text, Does.Contain("/games — Игры, на которые можно записаться").And.Contain("/profile — Мой профиль").And.Contain("/cancel"));
            Assert.That(forGuest.Text, Does.Contain("/start").And.Not.Contain("/profile —"));
        });
    }

    [Test]
    public async Task SeveralRefreshesInARow_BecomeOneMessage()
    {
        var user = Host.User("Zina");
        await SignUpAsync(user, "Зина");

        await Host.App!.Services.GetRequiredService<IUnitOfWork>().RunAsync("test", async (scope, ct) =>
        {
            var menu = scope.Resolve<IContextMenu>();
            for (var i = 0; i < 5; i++)
            {
                await menu.RefreshAsync(user.Id, ct);
            }
        }, CancellationToken.None);

        await user.ExpectsAsync("Меню обновлено.");
        await user.ExpectsNothingAsync(TimeSpan.FromSeconds(1));
    }
}
