namespace Pryton.EndToEndTests.Registration;

public sealed class SignUpTests : RegistrationFixture
{
    [Test]
    public async Task Driver_WalksTheWholeWizardInRussian_AndIsStoredNormalised()
    {
        var anna = Host.User("Anna");

        await SignUpAsync(anna, "  Анна   Смирнова ", driver: true);

        Assert.That(await Host.Database.ScalarAsync<string>($"""
            SELECT display_name || '|' || phone || '|' || district_id || '|' || preferred_role || '|' || car_brand || '|' || car_colour || '|' || car_plate || '|' || rules_version
            FROM registration.players WHERE user_id = {anna.Id}
            """), Is.EqualTo($"Анна Смирнова|+79990001122|{CentreId}|driver|Kia Rio|белый|A123BC77|1"));
    }

    [Test]
    public async Task Seeker_InEnglish_SkipsThePhone_AndIsNotAskedForACar()
    {
        var ben = Host.User("Ben", "en");

        ben.Says("/start");
        await ben.ExpectsAsync("This is Pryton");
        await ben.PressesAsync("📝 Sign up");
        await ben.ExpectsAsync("What should other players call you?");
        ben.Says("Ben");
        await ben.ExpectsAsync("Leave a phone number");
        ben.PressesReplyButton("Skip");
        await ben.ExpectsAsync("Which district");
        await ben.PressesAsync("Север");
        await ben.ExpectsAsync("How would you like to play?");
        await ben.PressesAsync("🔍 Seeker");
        await ben.ExpectsAsync("You need to accept them to play.");
        await ben.PressesAsync("✅ I accept");
        await ben.ExpectsAsync("All set, Ben, you are signed up!");

        Assert.That(await Host.Database.ScalarAsync<string>($"SELECT coalesce(phone, 'none') || '|' || preferred_role || '|' || coalesce(car_plate, 'none') FROM registration.players WHERE user_id = {ben.Id}"),
            Is.EqualTo("none|seeker|none"));
    }

    [Test]
    public async Task EveryWrongAnswer_GetsAClearReplyAndTheSameQuestion_AndNothingIsStored()
    {
        var kim = Host.User("Kim");
        kim.Says("/start");
        var welcome = await kim.ExpectsAsync("Это Прятон");
        await kim.PressesAsync("📝 Зарегистрироваться");
        await kim.ExpectsAsync("Как вас называть");

        kim.SendsSticker();
        await kim.ExpectsAsync("Здесь нужен ответ текстом.");
        kim.Says("K");
        await kim.ExpectsAsync("Имя — это текст от 2 до 50 символов.");
        kim.Says(new string('я', 300));
        await kim.ExpectsAsync("Имя — это текст от 2 до 50 символов.");
        await kim.PressesDataAsync(welcome, "registration:register:go");
        await kim.ExpectsAsync("Здесь нужен ответ текстом.");
        kim.Says("Kim");
        await kim.ExpectsAsync("Оставьте телефон");

        kim.SharesSomeoneElsesContact("+79991112233");
        await kim.ExpectsAsync("Это чужой контакт.");
        kim.Says("call me maybe");
        await kim.ExpectsAsync("Не похоже на номер телефона.");
        kim.Says("+7 (999) 123-45-67");
        var districts = await kim.ExpectsAsync("В каком районе");

        kim.Says("Марс");
        await kim.ExpectsAsync("Такого района нет в списке.");
        await kim.PressesDataAsync(districts, "registration:register:d:999999");
        await kim.ExpectsAsync("Такого района нет в списке.");
        kim.Says("север");
        await kim.ExpectsAsync("Кем вы хотите играть?");

        kim.Says("водитель");
        await kim.ExpectsAsync("Выберите ответ кнопкой под вопросом.");
        await kim.PressesAsync("🚗 Водитель");
        await kim.ExpectsAsync("Марка машины?");
        kim.Says("VW Polo");
        await kim.ExpectsAsync("Цвет машины?");
        kim.Says("red");
        await kim.ExpectsAsync("Госномер машины?");
        kim.Says("A@1#");
        await kim.ExpectsAsync("Номер — от 5 до 10 букв и цифр");
        kim.Says("X777XX199");
        await kim.ExpectsAsync("Чтобы играть, их нужно принять.");

        kim.Says("ok");
        await kim.ExpectsAsync("Выберите ответ кнопкой под вопросом.");

        Assert.Multiple(async () =>
        {
            Assert.That(await Players(kim), Is.Zero, "nothing is stored before the rules are accepted");
            Assert.That(await Host.Database.ScalarAsync<string>($"SELECT step FROM kernel.conversations WHERE chat_id = {kim.Id}"), Is.EqualTo("rules"));
        });
    }

    [Test]
    public async Task Back_ReturnsToThePreviousQuestion()
    {
        var lena = Host.User("Lena");
        lena.Says("/start");
        await lena.PressesAsync("📝 Зарегистрироваться");
        lena.Says("Lena");
        await lena.ExpectsAsync("Оставьте телефон");

        lena.PressesReplyButton("⬅️ Назад");
        await lena.ExpectsAsync("Как вас называть");
        lena.Says("Елена");
        await lena.ExpectsAsync("Оставьте телефон");
        lena.PressesReplyButton("Пропустить");
        await lena.ExpectsAsync("В каком районе");
        await lena.PressesAsync("⬅️ Назад");

        await lena.ExpectsAsync("Оставьте телефон");
    }

    [Test]
    public async Task DecliningTheRules_EndsSignUpWithoutAProfile()
    {
        var max = Host.User("Max");
        max.Says("/start");
        await max.PressesAsync("📝 Зарегистрироваться");
        max.Says("Max");
        await max.ExpectsAsync("Оставьте телефон");
        max.PressesReplyButton("Пропустить");
        await max.PressesAsync("Центр");
        await max.PressesAsync("🎲 Любая роль");
        await max.ExpectsAsync("Чтобы играть, их нужно принять.");

        await max.PressesAsync("Не принимаю");

        await max.ExpectsAsync("Без согласия с правилами играть нельзя.");
        Assert.That(await Players(max), Is.Zero);
    }

    [Test]
    public async Task HostRestartMidWizard_ResumesAtTheSameStep()
    {
        var nina = Host.User("Nina");
        nina.Says("/start");
        await nina.PressesAsync("📝 Зарегистрироваться");
        nina.Says("Nina");
        await nina.ExpectsAsync("Оставьте телефон");

        await Host.RestartAsync();
        nina.Says("+79001234567");

        await nina.ExpectsAsync("В каком районе");
    }

    [Test]
    public async Task StartAgainMidWizard_AsksTheCurrentQuestionAgain()
    {
        var olga = Host.User("Olga");
        olga.Says("/start");
        await olga.PressesAsync("📝 Зарегистрироваться");
        olga.Says("Olga");
        await olga.ExpectsAsync("Оставьте телефон");

        olga.Says("/start");

        await olga.ExpectsAsync("Оставьте телефон");
    }

    [TestCase(0)]
    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    [TestCase(4)]
    [TestCase(5)]
    [TestCase(6)]
    [TestCase(7)]
    [TestCase(8)]
    public async Task Cancel_AtEveryStep_LeavesWithoutAProfile(int step)
    {
        var user = Host.User($"Cancel{step}");
        // Each answer, then the question it leads to: the next answer waits for its question like a person would.
        var answers = new (Func<Task> Answer, string NextQuestion)[]
        {
            (async () => await user.PressesAsync("📝 Зарегистрироваться"), "Как вас называть"),
            (() => Task.FromResult(user.Says("Пётр")), "Оставьте телефон"),
            (() => Task.FromResult(user.PressesReplyButton("Пропустить")), "В каком районе"),
            (async () => await user.PressesAsync("Центр"), "Кем вы хотите играть?"),
            (async () => await user.PressesAsync("🚗 Водитель"), "Марка машины?"),
            (() => Task.FromResult(user.Says("Lada Vesta")), "Цвет машины?"),
            (() => Task.FromResult(user.Says("серый")), "Госномер машины?"),
            (() => Task.FromResult(user.Says("B001OP77")), "Чтобы играть, их нужно принять."),
        };
        user.Says("/start");
        await user.ExpectsAsync("Это Прятон");
        foreach (var (answer, nextQuestion) in answers.Take(step))
        {
            await answer();
            await user.ExpectsAsync(nextQuestion);
        }

        user.Says("/cancel");

        await user.ExpectsAsync("Хорошо, отменено.");
        Assert.That(await Players(user), Is.Zero);
    }

    [Test]
    public async Task PlayerCommand_BeforeSigningUp_PointsToStart()
    {
        var guest = Host.User("Guest");

        guest.Says("/profile");

        await guest.ExpectsAsync("Сначала зарегистрируйтесь");
    }

    [Test]
    public async Task RegisteredPlayer_StartingAgain_GetsTheMainMenu()
    {
        var pavel = Host.User("Pavel");
        await SignUpAsync(pavel, "Павел");

        pavel.Says("/start");

        var menu = await pavel.ExpectsAsync("С возвращением, Павел!");
        Assert.That(menu.ReplyButtons.Select(b => b.Label), Is.EqualTo(new[] { "🎮 Игры", "📋 Мои игры", "👤 Профиль", "📜 Правила", "❓ Помощь", "🌐 Язык" }));
    }
}
