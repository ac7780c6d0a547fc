using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using Npgsql;
using Pryton.Host;
using Pryton.Host.Configuration;
using Pryton.Kernel.Migrations;
using Pryton.Testing;

namespace Pryton.IntegrationTests.Host;

/// <summary>The running host's metrics, readiness and alert relay, on a PostgreSQL of its own (it gets stopped).</summary>
[NonParallelizable]
public sealed partial class ObservabilityTests
{
    private static readonly string[] RequiredMetrics =
    [
        "pryton_games_status_total", "pryton_scheduler_jobs_total", "pryton_errors_total", "pryton_request_latency_seconds",
        "pryton_cpu_usage_percent", "pryton_memory_usage_bytes", "pryton_updates_received_total", "pryton_updates_handled_total",
        "pryton_outbound_queue_depth", "pryton_outbound_sent_total", "pryton_outbound_429_total", "pryton_outbound_oldest_pending_seconds",
        "pryton_events_delivered_total", "pryton_events_failed_total", "pryton_events_parked_total", "pryton_live_location_updates_total",
        "pryton_games_active", "pryton_scheduler_lateness_seconds", "pryton_ready",
    ];

    private PostgresServer server = null!;
    private WebApplication app = null!;
    private HttpClient http = null!;
    private string connectionString = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        server = await PostgresServer.StartAsync();
        await using (var admin = new NpgsqlConnection(server.AdminConnectionString))
        {
            await admin.OpenAsync();
            await new NpgsqlCommand("CREATE DATABASE observed", admin).ExecuteNonQueryAsync();
        }

        connectionString = new NpgsqlConnectionStringBuilder(server.AdminConnectionString) { Database = "observed", Pooling = true }.ConnectionString;
        var port = FreePort.Next();
        var settings = new PrytonSettings { ConnectionString = connectionString, MetricsPort = port, AdminUserIds = [42] };
        new ModuleMigrator(TestPostgres.Catalog, connectionString, LoggerFactory.Create(_ => { })).MigrateUp();
        app = PrytonApp.Build(settings, TestPostgres.Catalog);
        await app.StartAsync();
        http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(10) };
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        http.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await server.DisposeAsync();
    }

    [Test]
    public async Task Metrics_Scrape_ShowsEveryMetricOperatorsRelyOn()
    {
        await Eventually.That(async () => (await Exported()).Contains("pryton_games_status_total"), TimeSpan.FromSeconds(20));

        var exported = await Exported();

        Assert.That(RequiredMetrics, Is.SubsetOf(exported));
    }

    [Test]
    public async Task MonitoringFiles_ReferenceOnlyMetricsTheBotExports()
    {
        await Eventually.That(async () => (await Exported()).Contains("pryton_games_status_total"), TimeSpan.FromSeconds(20));
        var exported = await Exported();
        var root = Repository.Root;

        var referenced = new[] { "monitoring/grafana/dashboards/pryton.json", "monitoring/alerts.yml" }
            .SelectMany(f => MetricName().Matches(File.ReadAllText(Path.Combine(root, f))).Select(m => Base(m.Value)))
            .Distinct()
            .ToList();

        Assert.That(referenced, Is.Not.Empty.And.SubsetOf(exported));
    }

    [Test, Order(1)]
    public async Task Alert_FiringTwiceThenResolved_IsRelayedToAdminsOncePerStateChange()
    {
        const string Firing = """{"version":"4","status":"firing","alerts":[{"status":"firing","fingerprint":"abc123","labels":{"alertname":"PrytonErrorRate","severity":"warning"},"annotations":{"summary":"Errors <b>&</b> more"}}]}""";
        const string Resolved = """{"version":"4","status":"resolved","alerts":[{"status":"resolved","fingerprint":"abc123","labels":{"alertname":"PrytonErrorRate"},"annotations":{"summary":"calm"}}]}""";

        var first = await PostAlert(Firing);
        var repeat = await PostAlert(Firing);
        var resolved = await PostAlert(Resolved);
        var garbage = await http.PostAsync(new Uri("/alert", UriKind.Relative), new StringContent("not json", Encoding.UTF8, "application/json"));

        Assert.Multiple(async () =>
        {
            Assert.That((first, repeat, resolved), Is.EqualTo(("""{"received":1,"relayed":1}""", """{"received":1,"relayed":0}""", """{"received":1,"relayed":1}""")));
            Assert.That(garbage.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(await Scalar("SELECT count(*) FROM kernel.outbound WHERE chat_id = 42 AND priority = 100"), Is.EqualTo(2));
            Assert.That(await Scalar("SELECT count(*) FROM kernel.outbound WHERE chat_id = 42 AND payload->>'text' LIKE '%&lt;b&gt;&amp;&lt;/b&gt;%'"), Is.EqualTo(1));
        });
    }

    [Test, Order(2)]
    public async Task Readyz_WhilePostgresIsDown_IsNotReady_AndRecoversWithoutARestart()
    {
        var before = await http.GetAsync(new Uri("/readyz", UriKind.Relative));

        await server.StopAsync(immediate: true);
        var during = await http.GetAsync(new Uri("/readyz", UriKind.Relative));
        var duringBody = await during.Content.ReadAsStringAsync();
        await server.RestartAsync();
        await Eventually.That(async () => (await http.GetAsync(new Uri("/readyz", UriKind.Relative))).IsSuccessStatusCode, TimeSpan.FromSeconds(30));

        Assert.Multiple(() =>
        {
            Assert.That(before.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(during.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(duringBody, Does.Contain("\"database\":\"unreachable\""));
        });
    }

    private async Task<string> PostAlert(string json)
    {
        var response = await http.PostAsync(new Uri("/alert", UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"));
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<long> Scalar(string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return (long)(await new NpgsqlCommand(sql, connection).ExecuteScalarAsync())!;
    }

    private async Task<HashSet<string>> Exported()
    {
        var text = await http.GetStringAsync(new Uri("/metrics", UriKind.Relative));
        return text.Split('\n').Where(l => l.StartsWith("# TYPE ", StringComparison.Ordinal)).Select(l => l.Split(' ')[2]).ToHashSet(StringComparer.Ordinal);
    }

    private static string Base(string name) => Regex.Replace(name, "_(bucket|sum|count)$", string.Empty);

    [GeneratedRegex(@"pryton_[a-z0-9_]+")]
    private static partial Regex MetricName();
}
