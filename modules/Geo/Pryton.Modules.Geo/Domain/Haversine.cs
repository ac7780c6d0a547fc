namespace Pryton.Modules.Geo.Domain;

/// <summary>Distances and bearings on the Earth's surface (a sphere is plenty for a city game).</summary>
internal static class Haversine
{
    private const double EarthRadiusMeters = 6_371_000;

    public static double Meters(double lat1, double lon1, double lat2, double lon2)
    {
        var dLat = Radians(lat2 - lat1);
        var dLon = Radians(lon2 - lon1);
        var a = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2)) + (Math.Cos(Radians(lat1)) * Math.Cos(Radians(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadiusMeters * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>Initial bearing from the first point to the second, 0–360° clockwise from north.</summary>
    public static double Bearing(double lat1, double lon1, double lat2, double lon2)
    {
        var y = Math.Sin(Radians(lon2 - lon1)) * Math.Cos(Radians(lat2));
        var x = (Math.Cos(Radians(lat1)) * Math.Sin(Radians(lat2))) - (Math.Sin(Radians(lat1)) * Math.Cos(Radians(lat2)) * Math.Cos(Radians(lon2 - lon1)));
        return (Math.Atan2(y, x) * 180 / Math.PI + 360) % 360;
    }

    /// <summary>"N", "NE", … for a bearing.</summary>
    public static string Compass(double bearing) => new[] { "N", "NE", "E", "SE", "S", "SW", "W", "NW" }[(int)Math.Round(bearing / 45) % 8];

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
