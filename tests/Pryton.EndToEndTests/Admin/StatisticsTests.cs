using System.Text;
using Pryton.EndToEndTests.Games;

namespace Pryton.EndToEndTests.Admin;

/// <summary>The statistics after a played game, and the CSV export parsed back row by row.</summary>
public sealed class StatisticsTests : GameFixture
{
    [Test]
    public async Task AfterAGame_TheNumbersAddUp_AndTheCsvHoldsEveryPlayer()
    {
        var gameId = await CreateGameAsync("Прятки, \"с кавычками\", для отчёта", maxDrivers: 1);
        var (anna, boris, vera) = (await PlayerAsync("Анна", gameId, driver: true), await PlayerAsync("Борис", gameId), await PlayerAsync("Вера", gameId));
        Assert.That((await ControlAsync(c => c.StartNowAsync(gameId, AdminId, CancellationToken.None))).Succeeded);
        await anna.ExpectsAsync("Ваша роль");
        Assert.That((await ControlAsync(c => c.StartSearchNowAsync(gameId, AdminId, CancellationToken.None))).Succeeded);
        Host.Clock.Advance(TimeSpan.FromMinutes(12));
        var found = await InBotAsync(scope => Autofac.ResolutionExtensions.Resolve<Pryton.Contracts.Games.IGameProgress>(scope)
            .DriverFoundAsync(gameId, anna.Id, boris.Id, AdminId, CancellationToken.None));
        Assert.That(found);
        await vera.ExpectsAsync("окончена — все водители найдены.");

        Olga.Says("/stats");
        var stats = (await Olga.ExpectsAsync("Статистика")).Text!;
        await Olga.PressesAsync("📄 Выгрузить CSV");
        var file = await Olga.ExpectsAsync(m => m.DocumentName?.EndsWith(".csv", StringComparison.Ordinal) == true, "the CSV");
        var rows = Csv(Encoding.UTF8.GetString(file.DocumentContent!).TrimStart('\uFEFF'));
        var ours = rows.Skip(1).Where(r => r[0] == gameId.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(stats, Does.Contain("окончена: 1").And.Contain("Борис — находок: 1").And.Contain("Среднее время до находки: 12 мин"));
            Assert.That(rows[0], Is.EqualTo(new[] { "game_id", "title", "starts_at", "status", "user_id", "name", "seat", "role", "hidden_at", "found_at", "found_by" }));
            Assert.That(ours.Select(r => r[5]).Order(), Is.EqualTo(new[] { "Анна", "Борис", "Вера" }));
            Assert.That(ours.Select(r => r[1]).Distinct(), Is.EqualTo(new[] { "Прятки, \"с кавычками\", для отчёта" }), "quotes and commas survive");
            Assert.That(ours.Single(r => r[5] == "Анна"), Has.ItemAt(7).EqualTo("driver").And.ItemAt(10).EqualTo(boris.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(ours.Select(r => r[3]).Distinct(), Is.EqualTo(new[] { "completed" }));
        });
    }

    /// <summary>RFC 4180, as a spreadsheet reads it.</summary>
    private static List<string[]> Csv(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                row.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                rows.Add([.. row]);
                row.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        return rows;
    }
}
