namespace Pryton.Modules.Geo.Domain;

internal enum ZoneChange
{
    None,
    Left,
    Returned,
}
