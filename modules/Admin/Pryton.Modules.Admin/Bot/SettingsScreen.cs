using Pryton.Contracts.Games;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Bot.Outbound;
using Pryton.Kernel.Texts;

namespace Pryton.Modules.Admin.Bot;

/// <summary>
/// The live game settings on two pages edited in place: the switches (one tap flips) and the numbers (− / + by a
/// step, within their range). Durations and the minimum apply to games created afterwards; switches at once.
/// </summary>
internal sealed class SettingsScreen(IGameSettings settings, Kernel.Modules.GameDefaults defaults)
{
    public async Task ShowAsync(UpdateContext ctx, string page, CancellationToken ct)
    {
        var current = await settings.CurrentAsync(ct);
        if (page == "reminders")
        {
            var on = current.ReminderMinutes ?? defaults.ReminderMinutes;
            ctx.EditOrReply(TextRef.Of("admin.settings.reminders", new
            {
                state = TextRef.Of(current.ReminderMinutes is null ? "admin.settings.reminders-default" : "admin.settings.reminders-set"),
            }), Keyboard.Inline(Keyboard.Grid(GameSettings.ReminderChoices.Select(m => Button.Callback(
                    TextRef.Of(on.Contains(m) ? "admin.settings.on" : "admin.settings.off", new { name = ReminderName(m) }), Data("rem", m))), 2)
                .Append([Button.Callback("admin.settings.to-switches", Data("page", "switches"))])
                .Append([Button.Callback("admin.back", CallbackData.Create(AdminKeyboards.Module, "panel"))])));
            return;
        }

        if (page == "numbers")
        {
            var values = new TextLines([.. SettingsCatalog.Numbers.Select(n => TextRef.Of("admin.settings.number", new
            {
                name = TextRef.Of($"admin.settings.{n.Code}"), value = n.Get(current), min = n.Min, max = n.Max,
            }))]);
            var rows = SettingsCatalog.Numbers.Select(n => (IReadOnlyList<Button>)
                [Button.Callback(TextRef.Of("admin.settings.less", new { name = TextRef.Of($"admin.settings.{n.Code}") }), Data("num", n.Code, "down")),
                 Button.Callback(TextRef.Of("admin.settings.more", new { value = n.Get(current) }), Data("num", n.Code, "up"))]);
            ctx.EditOrReply(TextRef.Of("admin.settings.numbers", new { values }), Keyboard.Inline(rows
                .Append([Button.Callback("admin.settings.to-switches", Data("page", "switches"))])
                .Append([Button.Callback("admin.back", CallbackData.Create(AdminKeyboards.Module, "panel"))])));
            return;
        }

        var switches = SettingsCatalog.Switches.Select(s => Button.Callback(TextRef.Of(s.Get(current) ? "admin.settings.on" : "admin.settings.off", new
        {
            name = TextRef.Of($"admin.settings.{s.Code}"),
        }), Data("flip", s.Code)));
        ctx.EditOrReply("admin.settings.switches", Keyboard.Inline(switches.Select(b => (IReadOnlyList<Button>)[b])
            .Append([Button.Callback("admin.settings.to-numbers", Data("page", "numbers")), Button.Callback("admin.settings.to-reminders", Data("page", "reminders"))])
            .Append([Button.Callback("admin.back", CallbackData.Create(AdminKeyboards.Module, "panel"))])));
    }

    /// <summary>Applies one tap.</summary>
    /// <returns>The page to show again (null for a button that names no setting), and whether anything changed.</returns>
    public async Task<(string? Page, bool Changed)> ApplyAsync(IReadOnlyList<string> args, long adminId, CancellationToken ct)
    {
        var current = await settings.CurrentAsync(ct);
        GameSettings? changed = args switch
        {
            ["flip", var code] when SettingsCatalog.Switches.FirstOrDefault(s => s.Code == code) is { } flip => flip.With(current, !flip.Get(current)),
            ["rem", var raw] when int.TryParse(raw, out var minutes) && GameSettings.ReminderChoices.Contains(minutes) =>
                current with { ReminderMinutes = Toggle(current.ReminderMinutes ?? defaults.ReminderMinutes, minutes) },
            ["num", var code, var way and ("up" or "down")] when SettingsCatalog.Numbers.FirstOrDefault(n => n.Code == code) is { } number =>
                number.With(current, number.Moved(number.Get(current), way == "up")),
            _ => null,
        };
        if (changed is null)
        {
            return (args is ["page", var page and ("switches" or "numbers" or "reminders")] ? page : null, true);
        }

        if (changed == current)
        {
            return ("numbers", false); // a number already at the end of its range
        }

        await settings.SaveAsync(changed, adminId, ct);
        return (args[0] switch { "flip" => "switches", "rem" => "reminders", _ => "numbers" }, true);
    }

    /// <summary>An offset switched on or off; the list stays sorted, the earliest reminder first.</summary>
    private static int[] Toggle(IReadOnlyList<int> on, int minutes) =>
        [.. (on.Contains(minutes) ? on.Where(m => m != minutes) : on.Append(minutes)).OrderDescending()];

    private static TextRef ReminderName(int minutes) => minutes >= 60
        ? TextRef.Of("admin.settings.hours-before", new { n = minutes / 60 })
        : TextRef.Of("admin.settings.minutes-before", new { n = minutes });

    private static CallbackData Data(params object[] args) => CallbackData.Create(AdminKeyboards.Module, "settings", args);
}
