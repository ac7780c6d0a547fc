using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;
using Pryton.Host;
using Pryton.Host.Configuration;
using Pryton.Sandbox.Web;
using Pryton.Testing;
using static Microsoft.Playwright.Assertions;

namespace Pryton.EndToEndTests.SandboxMode;

/// <summary>
/// The sandbox as a person uses it, in a real (headless) Chromium: two players and the demo organiser sign up and
/// play the demo game through the web chat — join, start, hide with a photo, claim the find, confirm — to the
/// results. Screenshots of each chat are saved with the test's results.
/// </summary>
[NonParallelizable]
public sealed class SandboxBrowserTests
{
    private static readonly LocatorAssertionsToContainTextOptions Patiently = new() { Timeout = 30_000 };

    private SandboxBot bot = null!;
    private SandboxServer sandbox = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        bot = await SandboxBot.StartAsync();
        sandbox = bot.Sandbox;
    }

    [OneTimeTearDown]
    public Task Stop() => bot.DisposeAsync().AsTask();

    [Test]
    public async Task TwoPlayersAndTheOrganiser_PlayTheDemoGame_ToTheResults()
    {
        var chromium = Environment.GetEnvironmentVariable("PRYTON_CHROMIUM") ?? "/usr/bin/chromium";
        Assert.That(File.Exists(chromium), Is.True, $"Chromium is needed at {chromium} (Debian: apt-get install chromium; .ci/run installs it)");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromium, Headless = true, Args = ["--no-sandbox"] });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1200, Height = 900 } });
        await page.GotoAsync(sandbox.Url);
        var chat = new WebChat(page);

        await chat.AddPersonAsync("Анна");
        await chat.SignUpAsync("Анна", driver: true);
        await chat.AddPersonAsync("Борис");
        await chat.SignUpAsync("Борис", driver: false);

        await page.ClickAsync("#demo");
        await Expect(page.Locator("#status")).ToContainTextAsync("starts in 2 minutes", new() { Timeout = 30_000 });
        foreach (var player in new[] { "Анна", "Борис" })
        {
            await chat.SelectAsync(player);
            await chat.SayAsync("/games");
            await chat.PressContainingAsync("Демо-игра");
            await chat.PressAsync("✅ Записаться");
            await chat.SeesAsync("Вы в игре.");
        }

        await chat.SelectAsync("Организатор");
        await chat.SayAsync("/admin");
        await chat.PressAsync("🎮 Игры и управление");
        await chat.PressContainingAsync("Демо-игра");
        await chat.SeesAsync("Статус: запись");
        await chat.PressAsync("▶️ Начать сейчас");

        await chat.SelectAsync("Анна");
        await chat.SeesAsync("Ваша роль: 🚗 Водитель");
        await page.ClickAsync("#photo");
        await chat.SeesAsync("Вы спрятались");

        await chat.SelectAsync("Борис");
        await chat.SeesAsync("начался поиск");
        await chat.SayAsync("/found");
        await chat.PressContainingAsync("Анна:");
        await chat.SeesAsync("Пришлите фото");
        await page.ClickAsync("#photo");
        await chat.SeesAsync("Заявка отправлена");

        await chat.SelectAsync("Анна");
        await chat.PressAsync("✅ Да, меня нашли");
        await chat.SeesAsync("окончена — все водители найдены");
        await ScreenshotAsync(page, "anna");
        await chat.SelectAsync("Борис");
        await chat.SeesAsync("Найдено вами машин: 1.");
        await ScreenshotAsync(page, "boris");
        await chat.SelectAsync("Организатор");
        await chat.SeesAsync("окончена — все водители найдены");
        await ScreenshotAsync(page, "organiser");
    }

    private static async Task ScreenshotAsync(IPage page, string who)
    {
        var folder = Path.Combine(TestContext.CurrentContext.WorkDirectory, "sandbox-screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{who}.png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        TestContext.AddTestAttachment(path, $"the chat of {who}");
    }

    /// <summary>The web chat's controls, as a person clicks them.</summary>
    private sealed class WebChat(IPage page)
    {
        public async Task AddPersonAsync(string name)
        {
            await page.FillAsync("#name", name);
            await page.ClickAsync("#add");
            await Expect(page.Locator("#list button.person.active")).ToContainTextAsync(name, Patiently);
        }

        public async Task SelectAsync(string name)
        {
            await page.Locator("#list button.person", new() { HasTextString = name }).ClickAsync();
            await Expect(page.Locator("#list button.person.active")).ToContainTextAsync(name, Patiently);
        }

        public async Task SayAsync(string text)
        {
            await page.FillAsync("#text", text);
            await page.PressAsync("#text", "Enter");
        }

        public Task SeesAsync(string text) => Expect(page.Locator("#log")).ToContainTextAsync(text, Patiently);

        /// <summary>The newest inline button with exactly this label.</summary>
        public Task PressAsync(string label) =>
            page.Locator("#log").GetByRole(AriaRole.Button, new() { Name = label, Exact = true }).Last.ClickAsync(new() { Timeout = 30_000 });

        public Task PressContainingAsync(string label) =>
            page.Locator("#log .inline button", new() { HasTextString = label }).Last.ClickAsync(new() { Timeout = 30_000 });

        public Task ReplyAsync(string label) => page.Locator("#reply button", new() { HasTextString = label }).ClickAsync(new() { Timeout = 30_000 });

        public async Task SignUpAsync(string name, bool driver)
        {
            await SayAsync("/start");
            await PressAsync("📝 Зарегистрироваться");
            await SeesAsync("Как вас называть");
            await SayAsync(name);
            await SeesAsync("Оставьте телефон");
            await ReplyAsync("📱 Поделиться номером");
            await PressAsync(Pryton.Host.SandboxMode.DemoDistrict);
            await PressAsync(driver ? "🚗 Водитель" : "🔍 Искатель");
            if (driver)
            {
                await SeesAsync("Марка машины?");
                await SayAsync("Kia Rio");
                await SeesAsync("Цвет машины?");
                await SayAsync("белый");
                await SeesAsync("Госномер машины?");
                await SayAsync("а123вс 77");
            }

            await PressAsync("✅ Принимаю");
            await SeesAsync("вы зарегистрированы");
        }
    }
}
