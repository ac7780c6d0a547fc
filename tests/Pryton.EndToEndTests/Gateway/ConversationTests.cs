using Pryton.EndToEndTests.Probe;
using Pryton.Testing;

namespace Pryton.EndToEndTests.Gateway;

public sealed class ConversationTests : ProbeHostFixture
{

    [Test]
    public async Task Form_FilledStepByStep_IsSavedOnce()
    {
        var anna = Host.User("Anna");

        anna.Says("/form");
        await anna.ExpectsAsync("Как вас зовут?");
        anna.Says("Anna");
        await anna.ExpectsAsync("Anna, какой цвет?");
        await anna.PressesAsync("Синий");
        await anna.ExpectsAsync("Сохранить: Anna, blue?");
        anna.PressesReplyButton("Да");
        await anna.ExpectsAsync("Сохранено.");

        Assert.That(await Host.Database.ScalarAsync<long>($"SELECT count(*) FROM probe.forms WHERE chat_id = {anna.Id} AND color = 'blue'"), Is.EqualTo(1));
    }

    [Test]
    public async Task Form_WrongKindOfAnswerAtEachStep_AsksAgainAndKeepsTheDraft()
    {
        var boris = Host.User("Boris");
        boris.Says("/form");
        await boris.ExpectsAsync("Как вас зовут?");

        boris.SendsSticker();
        await boris.ExpectsAsync("Имя — от 2 до 50 символов текстом.");
        boris.Says(new string('x', 300));
        await boris.ExpectsAsync("Как вас зовут?");
        boris.Says("Boris");
        await boris.ExpectsAsync("Boris, какой цвет?");
        boris.Says("green");
        await boris.ExpectsAsync("Выберите кнопкой ниже.");
        await boris.PressesAsync("Красный");
        await boris.ExpectsAsync("Сохранить: Boris, red?");
        boris.Says("maybe");
        await boris.ExpectsAsync("Выберите кнопкой ниже.");
        boris.PressesReplyButton("Да");
        await boris.ExpectsAsync("Сохранено.");

        Assert.That(await Host.Database.ScalarAsync<string>($"SELECT name || '/' || color FROM probe.forms WHERE chat_id = {boris.Id}"), Is.EqualTo("Boris/red"));
    }

    [TestCase(0)]
    [TestCase(1)]
    [TestCase(2)]
    public async Task Cancel_AtAnyStep_LeavesTheFlowAndSavesNothing(int answeredSteps)
    {
        var vera = Host.User("Vera");
        vera.Says("/form");
        await vera.ExpectsAsync("Как вас зовут?");
        if (answeredSteps >= 1)
        {
            vera.Says("Vera");
            await vera.ExpectsAsync("какой цвет?");
        }

        if (answeredSteps >= 2)
        {
            await vera.PressesAsync("Красный");
            await vera.ExpectsAsync("Сохранить");
        }

        vera.Says("/cancel");
        await vera.ExpectsAsync("Хорошо, отменено.");
        vera.Says("Vera again");
        await vera.ExpectsAsync("Я не понял сообщение.");

        Assert.Multiple(async () =>
        {
            Assert.That(await Host.Database.ScalarAsync<long>($"SELECT count(*) FROM probe.forms WHERE chat_id = {vera.Id}"), Is.Zero);
            Assert.That(await Host.Database.ScalarAsync<long>($"SELECT count(*) FROM kernel.conversations WHERE chat_id = {vera.Id}"), Is.Zero);
        });
    }

    [Test]
    public async Task Cancel_WithNothingOpen_SaysSo()
    {
        var gleb = Host.User("Gleb");

        gleb.Says("/cancel");

        await gleb.ExpectsAsync("Отменять нечего");
    }

    [Test]
    public async Task FlowButton_AfterTheFlowEnded_IsAnsweredAsStale()
    {
        var dina = Host.User("Dina");
        dina.Says("/form");
        await dina.ExpectsAsync("Как вас зовут?");
        dina.Says("Dina");
        var question = await dina.ExpectsAsync("какой цвет?");
        dina.Says("/cancel");
        await dina.ExpectsAsync("отменено");

        var toast = await dina.PressesDataAsync(question, "probe:form:red");

        Assert.That(toast, Is.EqualTo("Эта кнопка устарела. Откройте меню заново."));
    }
}
