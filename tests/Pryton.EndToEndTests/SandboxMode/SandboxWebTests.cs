using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Autofac;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Time.Testing;
using Pryton.Host;
using Pryton.Host.Configuration;
using Pryton.Sandbox.Web;
using Pryton.Testing;

namespace Pryton.EndToEndTests.SandboxMode;

/// <summary>Sandbox mode as a browser uses it: the same bot behind the built-in emulator, driven through the web chat's API.</summary>
public sealed class SandboxWebTests
{
    private SandboxBot bot = null!;
    private SandboxServer sandbox = null!;
    private HttpClient http = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        bot = await SandboxBot.StartAsync(new FakeTimeProvider(DateTimeOffset.UtcNow));
        sandbox = bot.Sandbox;
        http = new HttpClient { BaseAddress = new Uri(sandbox.Url) };
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        http.Dispose();
        await bot.DisposeAsync();
    }

    [Test]
    public async Task Page_IsServed()
    {
        var page = await http.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.That(page, Does.Contain("Pryton sandbox").And.Contain("EventSource"));
    }

    [Test]
    public async Task Person_CreatedInTheBrowser_TalksToTheBot_AndPressesItsButtons()
    {
        var person = await (await http.PostAsJsonAsync(new Uri("/api/people", UriKind.Relative), new { name = "Аня", language = "ru" })).Content.ReadFromJsonAsync<JsonObject>();
        var id = (long)person!["id"]!;

        await http.PostAsJsonAsync(new Uri($"/api/chat/{id}/text", UriKind.Relative), new { text = "/start" });
        var welcome = await MessageAsync(id, m => ((string?)m["text"])?.Contains("Прятон", StringComparison.Ordinal) == true);
        var register = welcome["inline"]!.AsArray()[0]!;
        await http.PostAsJsonAsync(new Uri($"/api/chat/{id}/press", UriKind.Relative), new { messageId = (int)welcome["id"]!, data = (string?)register["data"] });

        var question = await MessageAsync(id, m => ((string?)m["text"])?.Contains("Как вас называть", StringComparison.Ordinal) == true);
        Assert.Multiple(() =>
        {
            Assert.That((string?)welcome["html"], Does.Contain("<b>Прятон</b>"));
            Assert.That(question["reply"]!.AsArray().Select(b => (string?)b!["label"]), Does.Contain("✖️ Отмена"));
        });
    }

    [Test]
    public async Task Action_ForAnUnknownPerson_OrWithoutItsFields_IsRefused()
    {
        var unknown = await http.PostAsJsonAsync(new Uri("/api/chat/42/text", UriKind.Relative), new { text = "hi" });
        var person = await (await http.PostAsJsonAsync(new Uri("/api/people", UriKind.Relative), new { name = "Ben", language = "en" })).Content.ReadFromJsonAsync<JsonObject>();
        var empty = await http.PostAsJsonAsync(new Uri($"/api/chat/{(long)person!["id"]!}/location", UriKind.Relative), new { });
        var nameless = await http.PostAsJsonAsync(new Uri("/api/people", UriKind.Relative), new { name = "" });

        Assert.That(((int)unknown.StatusCode, (int)empty.StatusCode, (int)nameless.StatusCode), Is.EqualTo((404, 400, 400)));
    }

    private async Task<JsonObject> MessageAsync(long id, Func<JsonObject, bool> match)
    {
        JsonObject? found = null;
        await Eventually.That(async () =>
        {
            var messages = await http.GetFromJsonAsync<JsonArray>(new Uri($"/api/chat/{id}", UriKind.Relative));
            found = messages!.OfType<JsonObject>().Where(m => (bool)m["fromBot"]!).LastOrDefault(match);
            return found is not null;
        }, TimeSpan.FromSeconds(10));
        return found!;
    }
}
