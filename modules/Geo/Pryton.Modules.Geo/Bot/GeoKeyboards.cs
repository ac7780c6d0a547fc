using Pryton.Kernel.Bot.Outbound;

namespace Pryton.Modules.Geo.Bot;

/// <summary>Keyboards of the geo module.</summary>
internal static class GeoKeyboards
{
    /// <summary>A one-tap current position (Telegram asks the phone), with a way back to the menu.</summary>
    public static Keyboard ShareLocation() => Keyboard.Reply([Button.ShareLocation("geo.button.send-location")], [Button.ForCommand("geo.button.menu", "/menu")]);
}
