using System.CommandLine;
using System.Globalization;

namespace Pryton.Host.Cli;

/// <summary>
/// <c>healthcheck</c>: asks the running bot's <c>/readyz</c> on METRICS_PORT and exits 0 when ready. The container's
/// HEALTHCHECK uses it, as the runtime image has no curl.
/// </summary>
internal static class HealthCheckCommand
{
    public static Command Create()
    {
        var command = new Command("healthcheck", "Exit 0 when the running bot reports itself ready.");
        command.SetAction(async (_, ct) =>
        {
            var port = int.TryParse(Environment.GetEnvironmentVariable("METRICS_PORT"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var p) ? p : 8000;
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(4) };
            try
            {
                using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/readyz"), ct);
                await Console.Out.WriteLineAsync(await response.Content.ReadAsStringAsync(ct));
                return response.IsSuccessStatusCode ? 0 : 1;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                await Console.Error.WriteLineAsync($"pryton: not reachable on port {port}: {ex.Message}");
                return 1;
            }
        });
        return command;
    }
}
