using System.Globalization;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Database;
using Pryton.Kernel.Modules;

namespace Pryton.Host.Configuration;

/// <summary>
/// The operator-facing settings (ARCHITECTURE.md §10), read from the environment and a <c>.env</c> file.
/// Every one is listed with its default in <c>.env.example</c>.
/// </summary>
public sealed record PrytonSettings
{
    public required string ConnectionString { get; init; }

    public string? TelegramToken { get; init; }

    public string TelegramApiBaseUrl { get; init; } = "https://api.telegram.org";

    public IReadOnlyList<long> AdminUserIds { get; init; } = [];

    public string TimeZone { get; init; } = "Europe/Moscow";

    public int HidingMinutes { get; init; } = 30;

    public int HidingWarningMinutes { get; init; } = 5;

    public IReadOnlyList<int> ReminderMinutes { get; init; } = [1440, 60, 5];

    public string HttpHost { get; init; } = "127.0.0.1";

    public int MetricsPort { get; init; } = 8000;

    public string LogFormat { get; init; } = "text";

    public string? WebhookUrl { get; init; }

    public string? WebhookSecret { get; init; }

    public int WebhookPort { get; init; } = 8443;

    public double SendRate { get; init; } = 30;

    public double SendRatePerChat { get; init; } = 1;

    public double SendRatePerGroupPerMinute { get; init; } = 20;

    public int LocationRetentionDays { get; init; } = 7;

    public int SandboxPort { get; init; } = 8080;

    /// <summary>Quartz clustering (several replicas share triggers). Always on in production; the test host turns it off.</summary>
    public bool SchedulerClustered { get; init; } = true;

    /// <summary>
    /// This replica's name among the scheduler's instances (<c>PRYTON_INSTANCE_ID</c>; default host name and metrics
    /// port, which no two live processes share). Kept across restarts, so a replica that crashed takes back the timers
    /// it was firing the moment it is up again instead of after the cluster's failure timeout.
    /// </summary>
    public string? InstanceId { get; init; }

    public string SchedulerInstanceId => InstanceId ?? $"{Environment.MachineName}-{MetricsPort}";

    public static PrytonSettings FromEnvironment(Func<string, string?>? read = null)
    {
        read ??= Environment.GetEnvironmentVariable;
        var databaseUrl = read("DATABASE_URL");
        if (string.IsNullOrWhiteSpace(databaseUrl))
        {
            throw new SettingsException(
                "DATABASE_URL is not set. `dotnet cake --target=Run` starts a local PostgreSQL and sets it for you; " +
                "otherwise set it to postgresql://user:password@host:port/database.");
        }

        var defaults = new PrytonSettings { ConnectionString = string.Empty };
        return new PrytonSettings
        {
            ConnectionString = DatabaseUrl.ToConnectionString(databaseUrl),
            TelegramToken = NullIfBlank(read("TELEGRAM_TOKEN")),
            TelegramApiBaseUrl = NullIfBlank(read("TELEGRAM_API_BASE_URL")) ?? defaults.TelegramApiBaseUrl,
            AdminUserIds = LongList(read("ADMIN_USER_IDS"), "ADMIN_USER_IDS"),
            TimeZone = NullIfBlank(read("TIMEZONE")) ?? defaults.TimeZone,
            HidingMinutes = Int(read("HIDING_TIME"), "HIDING_TIME", defaults.HidingMinutes),
            HidingWarningMinutes = Int(read("HIDING_WARNING_TIME"), "HIDING_WARNING_TIME", defaults.HidingWarningMinutes),
            ReminderMinutes = NullIfBlank(read("REMINDER_BEFORE_GAME")) is { } reminders
                ? LongList(reminders, "REMINDER_BEFORE_GAME").Select(v => checked((int)v)).ToList()
                : defaults.ReminderMinutes,
            HttpHost = NullIfBlank(read("PRYTON_HTTP_HOST")) ?? defaults.HttpHost,
            MetricsPort = Int(read("METRICS_PORT"), "METRICS_PORT", defaults.MetricsPort),
            LogFormat = NullIfBlank(read("PRYTON_LOG_FORMAT"))?.ToLowerInvariant() ?? defaults.LogFormat,
            WebhookUrl = NullIfBlank(read("PRYTON_WEBHOOK_URL")),
            WebhookSecret = WebhookSecretFrom(read("PRYTON_WEBHOOK_SECRET"), NullIfBlank(read("PRYTON_WEBHOOK_URL"))),
            WebhookPort = Int(read("PRYTON_WEBHOOK_PORT"), "PRYTON_WEBHOOK_PORT", defaults.WebhookPort),
            SendRate = Positive(read("PRYTON_SEND_RATE"), "PRYTON_SEND_RATE", defaults.SendRate),
            SendRatePerChat = Positive(read("PRYTON_SEND_RATE_PER_CHAT"), "PRYTON_SEND_RATE_PER_CHAT", defaults.SendRatePerChat),
            SendRatePerGroupPerMinute = Positive(read("PRYTON_SEND_RATE_PER_GROUP_MIN"), "PRYTON_SEND_RATE_PER_GROUP_MIN", defaults.SendRatePerGroupPerMinute),
            LocationRetentionDays = Int(read("PRYTON_LOCATION_RETENTION_DAYS"), "PRYTON_LOCATION_RETENTION_DAYS", defaults.LocationRetentionDays),
            SandboxPort = Int(read("PRYTON_SANDBOX_PORT"), "PRYTON_SANDBOX_PORT", defaults.SandboxPort),
            InstanceId = NullIfBlank(read("PRYTON_INSTANCE_ID")),
        };
    }

    /// <summary>The Telegram gateway's settings; null without a token.</summary>
    public GatewayOptions? Gateway() => TelegramToken is null ? null : new GatewayOptions
    {
        Token = TelegramToken,
        ApiBaseUrl = TelegramApiBaseUrl,
        WebhookUrl = WebhookUrl,
        WebhookSecret = WebhookSecret,
        WebhookPort = WebhookPort,
        WebhookHost = HttpHost,
        SendRate = SendRate,
        SendRatePerChat = SendRatePerChat,
        SendRatePerGroupPerMinute = SendRatePerGroupPerMinute,
        AdminUserIds = AdminUserIds,
    };

    public GameDefaults GameDefaults() => new()
    {
        TimeZone = TimeZone,
        HidingMinutes = HidingMinutes,
        HidingWarningMinutes = HidingWarningMinutes,
        ReminderMinutes = ReminderMinutes,
        LocationRetentionDays = LocationRetentionDays,
    };

    private static string? WebhookSecretFrom(string? value, string? url)
    {
        var secret = NullIfBlank(value);
        if (url is not null && secret is null)
        {
            throw new SettingsException("PRYTON_WEBHOOK_URL is set but PRYTON_WEBHOOK_SECRET is not: webhook requests must carry a secret token.");
        }

        if (secret is not null && (secret.Length > 256 || !secret.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-')))
        {
            throw new SettingsException("PRYTON_WEBHOOK_SECRET must be 1-256 characters of A-Z, a-z, 0-9, _ and -.");
        }

        return secret;
    }

    private static double Positive(string? value, string name, double fallback) =>
        NullIfBlank(value) is not { } text ? fallback
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && parsed > 0 ? parsed
        : throw new SettingsException($"{name} must be a positive number, not '{text}'.");

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static int Int(string? value, string name, int fallback) =>
        NullIfBlank(value) is not { } text ? fallback
        : int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) && parsed >= 0 ? parsed
        : throw new SettingsException($"{name} must be a whole number, not '{text}'.");

    private static List<long> LongList(string? value, string name) =>
        (NullIfBlank(value) ?? string.Empty)
            .Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries)
            .Select(part => long.TryParse(part, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id)
                ? id
                : throw new SettingsException($"{name} must be a comma-separated list of numbers; '{part}' is not one."))
            .ToList();
}
