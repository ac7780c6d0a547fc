using Pryton.Host.Configuration;

namespace Pryton.IntegrationTests.Host;

public sealed class PrytonSettingsTests
{
    [Test]
    public void FromEnvironment_OriginalBotVariables_MeanTheSame()
    {
        var env = new Dictionary<string, string>
        {
            ["DATABASE_URL"] = "postgresql://user:password@db:5432/pryton_bot",
            ["TELEGRAM_TOKEN"] = "123:abc",
            ["ADMIN_USER_IDS"] = "11, 22,33",
            ["TIMEZONE"] = "Asia/Yekaterinburg",
            ["HIDING_TIME"] = "20",
            ["HIDING_WARNING_TIME"] = "3",
            ["REMINDER_BEFORE_GAME"] = "1440,60,5",
            ["METRICS_PORT"] = "9100",
        };

        var settings = PrytonSettings.FromEnvironment(k => env.GetValueOrDefault(k));

        Assert.Multiple(() =>
        {
            Assert.That(settings.ConnectionString, Does.Contain("Host=db").And.Contain("Database=pryton_bot"));
            Assert.That(settings.TelegramToken, Is.EqualTo("123:abc"));
            Assert.That(settings.AdminUserIds, Is.EqualTo(new long[] { 11, 22, 33 }));
            Assert.That(settings.TimeZone, Is.EqualTo("Asia/Yekaterinburg"));
            Assert.That((settings.HidingMinutes, settings.HidingWarningMinutes), Is.EqualTo((20, 3)));
            Assert.That(settings.ReminderMinutes, Is.EqualTo(new[] { 1440, 60, 5 }));
            Assert.That(settings.MetricsPort, Is.EqualTo(9100));
        });
    }

    [Test]
    public void FromEnvironment_NothingSetButTheDatabase_UsesTheDocumentedDefaults()
    {
        var settings = PrytonSettings.FromEnvironment(k => k == "DATABASE_URL" ? "Host=x" : null);

        Assert.Multiple(() =>
        {
            Assert.That(settings.TelegramToken, Is.Null);
            Assert.That(settings.TimeZone, Is.EqualTo("Europe/Moscow"));
            Assert.That((settings.HidingMinutes, settings.HidingWarningMinutes), Is.EqualTo((30, 5)));
            Assert.That(settings.ReminderMinutes, Is.EqualTo(new[] { 1440, 60, 5 }));
            Assert.That(settings.MetricsPort, Is.EqualTo(8000));
        });
    }

    [Test]
    public void FromEnvironment_NoDatabaseUrl_ExplainsHowToGetOne()
    {
        var error = Assert.Throws<SettingsException>(() => PrytonSettings.FromEnvironment(_ => null));

        Assert.That(error!.Message, Does.Contain("DATABASE_URL").And.Contain("dotnet cake --target=Run"));
    }

    [TestCase("ADMIN_USER_IDS", "12,abc")]
    [TestCase("METRICS_PORT", "eighty")]
    [TestCase("HIDING_TIME", "-5")]
    public void FromEnvironment_MalformedValue_NamesTheVariable(string name, string value)
    {
        var error = Assert.Throws<SettingsException>(() =>
            PrytonSettings.FromEnvironment(k => k == "DATABASE_URL" ? "Host=x" : k == name ? value : null));

        Assert.That(error!.Message, Does.Contain(name));
    }

    [Test]
    public void DotEnvFile_SetsOnlyVariablesNotAlreadySet()
    {
        var path = Path.GetTempFileName();
        var set = "PRYTON_TEST_DOTENV_SET_" + Guid.NewGuid().ToString("N");
        var fresh = "PRYTON_TEST_DOTENV_FRESH_" + Guid.NewGuid().ToString("N");
        File.WriteAllLines(path, ["# comment", $"{set}=from-file", $"export {fresh}=\"quoted value\"", "", "BROKEN LINE"]);
        Environment.SetEnvironmentVariable(set, "from-environment");

        DotEnvFile.Load(path);

        Assert.Multiple(() =>
        {
            Assert.That(Environment.GetEnvironmentVariable(set), Is.EqualTo("from-environment"));
            Assert.That(Environment.GetEnvironmentVariable(fresh), Is.EqualTo("quoted value"));
        });
        File.Delete(path);
    }
}
