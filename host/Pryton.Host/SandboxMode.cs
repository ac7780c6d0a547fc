using System.Globalization;
using Autofac;
using Microsoft.Extensions.DependencyInjection;
using Pryton.Contracts.Games;
using Pryton.Contracts.Geo;
using Pryton.Kernel.Modules;
using Pryton.Kernel.UnitOfWork;
using Pryton.Sandbox.Web;

namespace Pryton.Host;

/// <summary>
/// Connects the bot to the sandbox as any organiser could have set it up: a demo district with a zone, a demo
/// organiser (<see cref="SandboxServer.DemoAdminId"/>, made an admin by the host), and the page's "demo game" button,
/// which schedules a short game through the same contract the admin wizard uses. The modules never know.
/// </summary>
public static class SandboxMode
{
    public const string DemoDistrict = "Демо-район";

    public static async Task AttachAsync(SandboxServer sandbox, IServiceProvider services, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(sandbox);
        var work = services.GetRequiredService<IUnitOfWork>();
        sandbox.Zone = await work.RunAsync("sandbox.seed", async (scope, token) =>
        {
            var districts = scope.Resolve<IDistrictDirectory>();
            if (await DemoZoneAsync(districts, token) is { } existing)
            {
                return (existing.Latitude, existing.Longitude, existing.RadiusMeters);
            }

            var editor = scope.Resolve<IDistrictEditor>();
            var (lat, lon, radius) = sandbox.Zone;
            var district = await editor.AddDistrictAsync(DemoDistrict, token);
            await editor.AddZoneAsync(district, "Парк Горького", lat, lon, radius, isDefault: true, token);
            return sandbox.Zone;
        }, ct);
        sandbox.DemoGame = token => work.RunAsync("sandbox.demo-game", CreateDemoGameAsync, token);
    }

    /// <summary>A game in two minutes: one minute to hide, three to search, two players enough.</summary>
    private static async Task<string> CreateDemoGameAsync(ILifetimeScope scope, CancellationToken ct)
    {
        var districts = scope.Resolve<IDistrictDirectory>();
        if (await DemoZoneAsync(districts, ct) is not { } zone)
        {
            return "No district with a zone to play in.";
        }

        var startsAt = scope.Resolve<TimeProvider>().GetUtcNow().AddMinutes(2);
        var title = "Демо-игра " + TimeZoneInfo.ConvertTime(startsAt, TimeZoneInfo.FindSystemTimeZoneById(scope.Resolve<GameDefaults>().TimeZone)).ToString("HH:mm", CultureInfo.InvariantCulture);
        var (gameId, problem) = await scope.Resolve<IGameScheduling>().ScheduleAsync(
            new GamePlan(title, zone.DistrictId, zone.Id, startsAt, MaxParticipants: 10, MaxDrivers: 1, MinParticipants: 2, HidingMinutes: 1, SearchingMinutes: 3),
            SandboxServer.DemoAdminId, ct);
        return gameId is null
            ? $"The demo game could not be scheduled: {problem}."
            : $"«{title}» starts in 2 minutes (1 min hiding, 3 min search). Players: /games → the game → Join. Organiser: /admin → Games → Start now.";
    }

    private static async Task<ZoneSummary?> DemoZoneAsync(IDistrictDirectory districts, CancellationToken ct)
    {
        foreach (var district in (await districts.ListActiveAsync(ct)).OrderByDescending(d => d.Name == DemoDistrict))
        {
            if ((await districts.ZonesAsync(district.Id, ct)) is [var zone, ..])
            {
                return zone;
            }
        }

        return null;
    }
}
