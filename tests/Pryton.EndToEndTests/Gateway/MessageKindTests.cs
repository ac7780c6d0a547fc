using Pryton.EndToEndTests.Probe;
using Pryton.Testing;

namespace Pryton.EndToEndTests.Gateway;

public sealed class MessageKindTests : ProbeHostFixture
{

    [Test]
    public async Task LiveLocation_FirstMessageAndEveryMove_ReachTheOwnerInOrder()
    {
        var driver = Host.User("Driver");

        var live = driver.StartsLiveLocation(55.7500, 37.6100);
        await driver.ExpectsAsync("Трансляция 55.7500,37.6100");
        for (var i = 1; i <= 5; i++)
        {
            driver.MovesLiveLocation(live, 55.7500 + (i / 1000.0), 37.6100);
        }

        await driver.ExpectsAsync("Сдвиг 55.7550,37.6100");
        var moves = driver.Inbox.Where(m => m.Text!.StartsWith("Сдвиг", StringComparison.Ordinal)).Select(m => m.Text).ToList();
        Assert.That(moves, Is.EqualTo(Enumerable.Range(1, 5).Select(i => $"Сдвиг 55.75{i * 10:00},37.6100")));
    }

    [Test]
    public async Task OneOffPoint_IsToldApartFromALiveShare()
    {
        var seeker = Host.User("Seeker");

        seeker.SendsLocation(55.1, 37.2);

        await seeker.ExpectsAsync("Точка 55.1000,37.2000");
    }

    [Test]
    public async Task PhotoAndImageFile_GoToThePhotoOwner_WithTheLargestSize()
    {
        var user = Host.User("Photographer");

        user.SendsPhoto("file-abc");
        await user.ExpectsAsync("Фото file-abc");
        Host.Api.Users.SendDocument(user.Profile, "doc-img", "car.jpg", "image/jpeg");

        await user.ExpectsAsync("Фото doc-img");
    }

    [Test]
    public async Task NonImageFile_WithNoOwner_GetsTheUnsupportedReply()
    {
        var user = Host.User("Filer");

        Host.Api.Users.SendDocument(user.Profile, "doc-pdf", "rules.pdf", "application/pdf");

        await user.ExpectsAsync("С таким сообщением я ничего не могу сделать.");
    }

    [Test]
    public async Task Contact_OwnAndForeign_AreToldApart()
    {
        var user = Host.User("Caller");

        user.SharesOwnContact("+79001234567");
        await user.ExpectsAsync("Ваш номер +79001234567");
        user.SharesSomeoneElsesContact("+79007654321");

        await user.ExpectsAsync("Это чужой контакт");
    }
}
