using Pryton.Contracts.Geo;
using Pryton.Contracts.Roles;
using Pryton.Modules.Geo.Domain;

namespace Pryton.Modules.Geo.Application;

/// <summary>
/// The admins' overview picture of a game: the zone as a green circle, its centre, and each player's latest point as
/// a dot in the role's colour (drivers red, seekers blue) with their number from the list; a black ring marks a
/// stale or implausible point.
/// </summary>
internal static class ZoneOverview
{
    private const int Size = 640;
    private static readonly (byte, byte, byte) Background = (246, 246, 242);
    private static readonly (byte, byte, byte) ZoneFill = (216, 238, 214);
    private static readonly (byte, byte, byte) ZoneEdge = (46, 125, 50);
    private static readonly (byte, byte, byte) Driver = (211, 47, 47);
    private static readonly (byte, byte, byte) Seeker = (25, 118, 210);
    private static readonly (byte, byte, byte) NoRole = (120, 120, 120);
    private static readonly (byte, byte, byte) Ink = (20, 20, 20);

    public static byte[] Draw(ZoneSummary zone, IReadOnlyList<(int Number, Position Point, GameRole? Role, bool Doubtful)> players)
    {
        var canvas = new PngCanvas(Size, Size);
        canvas.Fill(Background);
        var reach = Math.Max(zone.RadiusMeters * 1.25, players.Select(p => p.Point.DistanceMeters * 1.1).DefaultIfEmpty(0).Max());
        var scale = (Size / 2.0 - 24) / Math.Max(reach, 1);
        var centre = Size / 2.0;
        canvas.Disc(centre, centre, zone.RadiusMeters * scale, ZoneFill);
        canvas.Ring(centre, centre, zone.RadiusMeters * scale, 3, ZoneEdge);
        canvas.Disc(centre, centre, 4, ZoneEdge);

        foreach (var (number, point, role, doubtful) in players)
        {
            // Local east/north offsets in metres: plenty accurate across a city.
            var east = Haversine.Meters(zone.Latitude, zone.Longitude, zone.Latitude, point.Longitude) * Math.Sign(point.Longitude - zone.Longitude);
            var north = Haversine.Meters(zone.Latitude, zone.Longitude, point.Latitude, zone.Longitude) * Math.Sign(point.Latitude - zone.Latitude);
            var (x, y) = (centre + (east * scale), centre - (north * scale));
            canvas.Disc(x, y, 9, role switch { GameRole.Driver => Driver, GameRole.Seeker => Seeker, _ => NoRole });
            if (doubtful)
            {
                canvas.Ring(x, y, 12, 2, Ink);
            }

            canvas.Number((int)x + 13, (int)y - 7, number, 3, Ink);
        }

        return canvas.ToPng();
    }
}
