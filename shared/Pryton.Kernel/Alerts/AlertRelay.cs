using Autofac;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Bot.Outbound;
using Pryton.Kernel.Database;
using Pryton.Kernel.Texts;
using Pryton.Kernel.UnitOfWork;

namespace Pryton.Kernel.Alerts;

/// <summary>
/// Relays Alertmanager alerts to the admins through the outbound queue, as the original bot did. Each fingerprint is
/// relayed once per state change (firing → resolved → firing), whatever Alertmanager's repeat interval.
/// </summary>
public sealed class AlertRelay(IUnitOfWork unitOfWork, IAdminDirectory admins, TimeProvider clock)
{
    /// <returns>How many alerts changed state and were relayed.</returns>
    public async Task<int> RelayAsync(IReadOnlyList<AlertmanagerAlert> alerts, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(alerts);
        var recipients = await admins.AdminIdsAsync(ct);
        return await unitOfWork.RunAsync("alert", async (scope, token) =>
        {
            var session = scope.Resolve<DbSession>();
            var outbound = scope.Resolve<IOutbound>();
            var relayed = 0;
            foreach (var alert in alerts.Where(a => a.Status is "firing" or "resolved" && a.Fingerprint.Length is > 0 and <= 64))
            {
                var name = alert.Labels.GetValueOrDefault("alertname", "alert");
                if (!await ChangedAsync(session, alert, name, token))
                {
                    continue;
                }

                relayed++;
                var summary = alert.Annotations.GetValueOrDefault("summary") ?? alert.Annotations.GetValueOrDefault("description") ?? string.Empty;
                var text = TextRef.Of(alert.Status == "firing" ? "kernel.alert.firing" : "kernel.alert.resolved",
                    new { name, summary, severity = alert.Labels.GetValueOrDefault("severity", "-") });
                await outbound.SendToManyAsync(recipients, OutboundMessage.Of(text), new SendOptions(SendOptions.Urgent), token);
            }

            return relayed;
        }, ct);
    }

    private async Task<bool> ChangedAsync(DbSession session, AlertmanagerAlert alert, string name, CancellationToken ct)
    {
        await using var command = session.Command("""
            INSERT INTO kernel.alerts (fingerprint, alert_name, status, updated_at) VALUES (@fingerprint, @name, @status, @now)
            ON CONFLICT (fingerprint) DO UPDATE SET status = EXCLUDED.status, alert_name = EXCLUDED.alert_name, updated_at = EXCLUDED.updated_at
            WHERE kernel.alerts.status <> EXCLUDED.status
            """);
        command.Parameters.AddWithValue("fingerprint", alert.Fingerprint);
        command.Parameters.AddWithValue("name", name.Length > 200 ? name[..200] : name);
        command.Parameters.AddWithValue("status", alert.Status);
        command.Parameters.AddWithValue("now", clock.GetUtcNow());
        return await command.ExecuteNonQueryAsync(ct) == 1;
    }
}
