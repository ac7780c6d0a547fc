using Pryton.EndToEndTests.Games;

namespace Pryton.EndToEndTests.Admin;

/// <summary>Districts and zones from the panel: add a district and a zone by a map pin, resize it, test points, remove it.</summary>
public sealed class PlacesTests : GameFixture
{
    [Test]
    public async Task ADistrictAndAZone_AddedByPin_Resized_Tested_AndRemoved()
    {
        Olga.Says("/admin");
        await Olga.PressesAsync("🗺 Районы и зоны");
        await Olga.ExpectsAsync("Районы");
        await Olga.PressesAsync("➕ Район");
        await Olga.ExpectsAsync("Название района");
        Olga.Says("С");
        await Olga.ExpectsAsync("Название — от 2 до 60 символов");
        Olga.Says("Север");
        await Olga.ExpectsAsync("Район «Север» сохранён.");
        await Olga.PressesAsync("Открыть");
        await Olga.ExpectsAsync("Зоны:\nпока нет");
        await Olga.PressesAsync("➕ Зона");
        Olga.Says("Парк Дружбы");
        await Olga.ExpectsAsync("Пришлите центр зоны точкой на карте");
        Olga.Says("где-то у пруда");
        await Olga.ExpectsAsync("Нужна точка на карте");
        Olga.SendsLocation(55.8700, 37.4700);
        await Olga.ExpectsAsync("Радиус зоны в метрах");
        Olga.Says("10");
        await Olga.ExpectsAsync("Нужно целое число от 50 до 50000.");
        Olga.Says("1200");
        await Olga.ExpectsAsync("Зона «Парк Дружбы» добавлена.");
        await Olga.PressesAsync("Открыть");
        var zone = (await Olga.ExpectsAsync("Радиус: 1200 м")).Text;
        await Olga.PressesAsync("➕ 100 м");
        var larger = (await Olga.ExpectsAsync("Радиус: 1300 м")).Text;

        await Olga.PressesAsync("🎯 Проверить точку");
        Olga.SendsLocation(55.8800, 37.4700);
        var inside = (await Olga.ExpectsAsync("Точка внутри зоны «Парк Дружбы»")).Text; // "Открыть" turns this message into the zone's screen
        await Olga.PressesAsync("Открыть");
        await Olga.PressesAsync("🎯 Проверить точку");
        Olga.SendsLocation(55.9000, 37.4700);
        var outside = (await Olga.ExpectsAsync("Точка вне зоны «Парк Дружбы»")).Text;

        await Olga.PressesAsync("Открыть");
        await Olga.PressesAsync("🗑 Убрать зону");
        await Olga.PressesAsync("Да");
        await Olga.ExpectsAsync("Зоны:\nпока нет");

        Assert.Multiple(async () =>
        {
            Assert.That(zone, Does.Contain("Центр: 55.87000, 37.47000"));
            Assert.That(larger, Does.Contain("Основная зона района."));
            Assert.That(inside, Does.Contain("1112 м от центра (N)"));
            Assert.That(outside, Does.Contain("3336 м от центра (N)").And.Contain("на 2036 м дальше границы"));
            Assert.That(await Host.Database.ScalarAsync<string>("""
                SELECT string_agg(z.name || ':' || z.radius_m || ':' || z.is_active, ',') FROM geo.zones z JOIN geo.districts d ON d.id = z.district_id WHERE d.name = 'Север'
                """), Is.EqualTo("Парк Дружбы:1300:False").IgnoreCase);
        });
    }
}
