using System.Diagnostics;
using System.Text.Json;
using Pryton.Testing;

namespace Pryton.IntegrationTests.Host;

/// <summary>The ops files stay valid: compose, Prometheus config and alert rules (with their unit tests), the dashboard.</summary>
public sealed class MonitoringConfigTests
{
    [Test]
    public void GrafanaDashboard_IsValidJsonWithPanels()
    {
        using var dashboard = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.Root, "monitoring/grafana/dashboards/pryton.json")));

        Assert.That(dashboard.RootElement.GetProperty("panels").GetArrayLength(), Is.GreaterThanOrEqualTo(8));
    }

    [Test]
    public async Task Compose_File_IsValid()
    {
        Assume.That(OnPath("docker-compose"), "docker-compose is installed (.ci/run installs it)");

        var (exit, output) = await RunAsync("docker-compose", "-f", "docker-compose.yml", "config", "-q");

        Assert.That(exit, Is.Zero, output);
    }

    [Test]
    public async Task PrometheusConfig_AndAlertRules_AreValidAndTheirUnitTestsPass()
    {
        Assume.That(OnPath("promtool"), "promtool is installed (.ci/run installs it)");

        var config = await RunAsync("promtool", "check", "config", "monitoring/prometheus.yml");
        var rules = await RunAsync("promtool", "test", "rules", "monitoring/alerts.test.yml");

        Assert.Multiple(() =>
        {
            Assert.That(config.Exit, Is.Zero, config.Output);
            Assert.That(rules.Exit, Is.Zero, rules.Output);
        });
    }

    private static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':').Any(d => File.Exists(Path.Combine(d, tool)));

    private static async Task<(int Exit, string Output)> RunAsync(string file, params string[] args)
    {
        var info = new ProcessStartInfo(file) { WorkingDirectory = Repository.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
