namespace Pryton.Testing;

/// <summary>A newcomer's sign-up in Russian with valid answers, as every scenario that needs players starts.</summary>
public static class Newcomer
{
    public static async Task SignUpAsync(VirtualUser user, string name, bool driver = false, string? startPayload = null, string plate = "а123вс 77")
    {
        ArgumentNullException.ThrowIfNull(user);
        user.Says(startPayload is null ? "/start" : $"/start {startPayload}");
        await user.ExpectsAsync("Это Прятон");
        await user.PressesAsync("📝 Зарегистрироваться");
        await user.ExpectsAsync("Как вас называть");
        user.Says(name);
        await user.ExpectsAsync("Оставьте телефон");
        user.PressesReplyButton("📱 Поделиться номером", phone: "+7 999 000-11-22");
        await user.ExpectsAsync("В каком районе");
        await user.PressesAsync("Центр");
        await user.ExpectsAsync("Кем вы хотите играть?");
        await user.PressesAsync(driver ? "🚗 Водитель" : "🔍 Искатель");
        if (driver)
        {
            await user.ExpectsAsync("Марка машины?");
            user.Says("Kia Rio");
            await user.ExpectsAsync("Цвет машины?");
            user.Says("белый");
            await user.ExpectsAsync("Госномер машины?");
            user.Says(plate);
        }

        await user.ExpectsAsync("Чтобы играть, их нужно принять.");
        await user.PressesAsync("✅ Принимаю");
    }
}
