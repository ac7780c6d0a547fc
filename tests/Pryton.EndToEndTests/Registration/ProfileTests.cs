using Autofac;
using Microsoft.Extensions.DependencyInjection;
using Pryton.Contracts.Registration;
using Pryton.Kernel.UnitOfWork;
using Pryton.Testing;

namespace Pryton.EndToEndTests.Registration;

public sealed class ProfileTests : RegistrationFixture
{
    [Test]
    public async Task Profile_ShowsEveryFieldWithEditButtons()
    {
        var user = Host.User("Rita");
        await SignUpAsync(user, "Рита", driver: true);

        user.Says("/profile");

        var card = await user.ExpectsAsync("Имя: Рита");
        Assert.Multiple(() =>
        {
            Assert.That(card.Text, Does.Contain("Телефон: +79990001122").And.Contain("Район: Центр").And.Contain("Машина: Kia Rio, белый, A123BC77"));
            Assert.That(card.InlineButtons.Select(b => b.Label), Is.SupersetOf(new[] { "✏️ Имя", "📱 Телефон", "📍 Район", "🎭 Роль", "🚗 Машина" }));
        });
    }

    [Test]
    public async Task PlayerDirectory_ShowsOtherModulesWhatTheyNeed()
    {
        var user = Host.User("Zoe");
        await SignUpAsync(user, "Зоя", driver: true);

        var summary = await Host.App!.Services.GetRequiredService<IUnitOfWork>().RunAsync("test", (scope, ct) =>
            scope.Resolve<IPlayerDirectory>().FindAsync(user.Id, ct), CancellationToken.None);

        var current = await Host.Database.ScalarAsync<int>("SELECT max(version) FROM registration.rules");
        Assert.That(summary, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(summary!.DisplayName, Is.EqualTo("Зоя"));
            Assert.That(summary.Language, Is.EqualTo("ru"));
            Assert.That(summary.PreferredRole, Is.EqualTo(PreferredRole.Driver));
            Assert.That(summary.Car, Is.EqualTo(new CarDescription("Kia Rio", "белый", "A123BC77")));
            Assert.That(summary.RulesVersion, Is.EqualTo(current));
            Assert.That(summary.DistrictId, Is.EqualTo(CentreId));
        });
    }

    [Test]
    public async Task EditingEachField_IsValidatedLikeSignUp_AndSaved()
    {
        var user = Host.User("Sema");
        await SignUpAsync(user, "Сёма");
        user.Says("/profile");
        await user.ExpectsAsync("Имя: Сёма");

        await user.PressesAsync("✏️ Имя");
        await user.ExpectsAsync("Как вас называть");
        user.Says("x");
        await user.ExpectsAsync("Имя — это текст от 2 до 50 символов.");
        user.Says("Семён");
        await user.ExpectsAsync("Имя: Семён");

        await user.PressesAsync("📱 Телефон");
        await user.ExpectsAsync("Оставьте телефон");
        user.Says("8 (912) 000-00-01");
        await user.ExpectsAsync("Телефон: +79120000001");

        await user.PressesAsync("📍 Район");
        await user.ExpectsAsync("В каком районе");
        await user.PressesAsync("Север");
        await user.ExpectsAsync("Район: Север");

        await user.PressesAsync("🎭 Роль");
        await user.ExpectsAsync("Кем вы хотите играть?");
        await user.PressesAsync("🚗 Водитель");
        await user.ExpectsAsync("Водителю нужна машина");
        user.Says("Skoda Octavia");
        await user.ExpectsAsync("Цвет машины?");
        user.Says("синий");
        await user.ExpectsAsync("Госномер машины?");
        user.Says("e 555 kx 150");
        await user.ExpectsAsync("Машина: Skoda Octavia, синий, E555KX150");

        Assert.That(await Host.Database.ScalarAsync<string>($"SELECT display_name || '|' || phone || '|' || preferred_role || '|' || car_plate FROM registration.players WHERE user_id = {user.Id}"),
            Is.EqualTo("Семён|+79120000001|driver|E555KX150"));
    }

    [Test]
    public async Task NewRulesVersion_AsksForAcceptance_AndAnOldButtonIsRefused()
    {
        var user = Host.User("Tolya");
        await SignUpAsync(user, "Толя");
        await PublishRulesAsync("Правила, версия два: играем честно.");
        user.Says("/rules");
        var offer = await user.ExpectsAsync("Правила обновились");

        await user.PressesAsync("✅ Принимаю");
        await user.ExpectsAsync("Спасибо, правила приняты.");
        var version = await Host.Database.ScalarAsync<int>($"SELECT rules_version FROM registration.players WHERE user_id = {user.Id}");
        await PublishRulesAsync("Правила, версия три.");
        var toast = await user.PressesDataAsync(offer, $"registration:accept-rules:{version}");

        Assert.Multiple(async () =>
        {
            Assert.That(version, Is.EqualTo(await Host.Database.ScalarAsync<int>("SELECT max(version) FROM registration.rules") - 1));
            Assert.That(toast, Does.StartWith("Правила только что обновились"));
        });
    }

    [Test]
    public async Task ForgetMe_DeletesThePlayersDataEverywhere()
    {
        var user = Host.User("Uma", username: "uma_plays");
        await SignUpAsync(user, "Ума");

        user.Says("/forget_me");
        await user.ExpectsAsync("Удалить ваши данные?");
        await user.PressesAsync("Да, удалить");
        await user.ExpectsAsync("Ваши данные удалены.");

        await Eventually.That(async () => await Host.Database.ScalarAsync<long>(
            $"SELECT count(*) FROM kernel.chats WHERE user_id = {user.Id} AND username IS NULL") == 1, TimeSpan.FromSeconds(10));
        Assert.Multiple(async () =>
        {
            Assert.That(await Players(user), Is.Zero);
            Assert.That(await Host.Database.ScalarAsync<long>($"SELECT count(*) FROM kernel.conversations WHERE chat_id = {user.Id}"), Is.Zero);
        });
    }

    [Test]
    public async Task ForgetMe_Declined_KeepsEverything()
    {
        var user = Host.User("Vova");
        await SignUpAsync(user, "Вова");

        user.Says("/forget_me");
        await user.PressesAsync("Нет, оставить");

        await user.ExpectsAsync("Хорошо, ничего не удалено.");
        Assert.That(await Players(user), Is.EqualTo(1));
    }

    [Test]
    public async Task ForgedEditButton_IsAnsweredAndChangesNothing()
    {
        var user = Host.User("Gosha");
        await SignUpAsync(user, "Гоша");
        user.Says("/profile");
        var card = await user.ExpectsAsync("Имя: Гоша");

        var toast = await user.PressesDataAsync(card, "registration:edit:rules_version");

        Assert.That(toast, Is.EqualTo("Эта кнопка устарела. Откройте меню заново."));
    }

    private Task PublishRulesAsync(string text) =>
        Host.App!.Services.GetRequiredService<IUnitOfWork>().RunAsync("test", (scope, ct) => scope.Resolve<IRulesBook>().PublishAsync(text, null, 1, ct), CancellationToken.None);
}
