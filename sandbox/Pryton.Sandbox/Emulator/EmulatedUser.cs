namespace Pryton.Sandbox.Emulator;

/// <summary>A person on the emulated Telegram: private chat id = user id, as on the real one.</summary>
public sealed record EmulatedUser(long Id, string FirstName, string? LastName = null, string? Username = null, string? LanguageCode = "ru");
