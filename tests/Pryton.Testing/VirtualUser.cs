using System.Text.RegularExpressions;
using NUnit.Framework;
using Pryton.Sandbox.Emulator;

namespace Pryton.Testing;

/// <summary>
/// A scripted person talking to the bot through the emulated Telegram: writes, presses buttons by their label,
/// shares contacts and locations, and waits for what the bot says — new messages or edits since their last action.
/// </summary>
public sealed class VirtualUser(BotApiEmulator api, EmulatedUser profile)
{
    private Dictionary<int, int> seen = [];

    /// <summary>How long this person waits for the bot before giving up (longer where the bot is being crashed on purpose).</summary>
    public TimeSpan Patience { get; init; } = TimeSpan.FromSeconds(10);

    public long Id => profile.Id;

    public EmulatedUser Profile => profile;

    /// <summary>Everything the bot has sent to this user that is still there, oldest first.</summary>
    public IReadOnlyList<EmulatedMessage> Inbox => api.State.Messages(Id).Where(m => m.FromBot && !m.Deleted).ToList();

    public EmulatedMessage Says(string text) => Act(() => api.Users.SendText(profile, text));

    public EmulatedMessage SharesOwnContact(string phone) => Act(() => api.Users.SendContact(profile, phone, profile.Id, profile.FirstName));

    public EmulatedMessage SharesSomeoneElsesContact(string phone) => Act(() => api.Users.SendContact(profile, phone, profile.Id + 1, "Somebody"));

    public EmulatedMessage SendsLocation(double latitude, double longitude, double? accuracy = null) =>
        Act(() => api.Users.SendLocation(profile, latitude, longitude, accuracy: accuracy));

    public EmulatedMessage StartsLiveLocation(double latitude, double longitude, int seconds = 3600, double? accuracy = null) =>
        Act(() => api.Users.SendLocation(profile, latitude, longitude, seconds, accuracy));

    /// <summary>The phone moves a live share by itself: not an action of the person's, so what they have not read yet stays unread.</summary>
    public void MovesLiveLocation(EmulatedMessage live, double latitude, double longitude, double? accuracy = null) =>
        api.Users.MoveLiveLocation(profile, live, latitude, longitude, accuracy);

    public EmulatedMessage SendsPhoto(string fileId, string? caption = null) => Act(() => api.Users.SendPhoto(profile, fileId, caption));

    public EmulatedMessage SendsSticker() => Act(() => api.Users.SendSticker(profile));

    /// <summary>Presses the newest inline button with this label; returns the toast text (or null) once answered.</summary>
    public async Task<string?> PressesAsync(string label, TimeSpan? timeout = null)
    {
        EmulatedMessage? message = null;
        try
        {
            // The button may be on a message still on its way: wait for it like a person would.
            await Eventually.That(() => (message = Inbox.LastOrDefault(m => m.InlineButtons.Any(b => b.Label == label))) is not null, timeout ?? Patience);
        }
        catch (TimeoutException)
        {
            throw new AssertionException($"No button '{label}' in {Describe()}");
        }

        var data = message!.InlineButtons.First(b => b.Label == label).Data!;
        return await PressesDataAsync(message, data, timeout);
    }

    /// <summary>Presses a button with any data (stale or forged), on a given message; returns the toast once answered.</summary>
    public async Task<string?> PressesDataAsync(EmulatedMessage message, string data, TimeSpan? timeout = null)
    {
        var id = Act(() => api.Users.Press(profile, message, data));
        await Eventually.That(() => api.State.CallbackAnswer(id) is not null, timeout ?? Patience, $"callback '{data}' answered");
        return api.State.CallbackAnswer(id)!.Value.Text;
    }

    /// <summary>Presses a reply-keyboard button by label: it sends the label, or the contact/location it requests.</summary>
    public EmulatedMessage PressesReplyButton(string label, (double Latitude, double Longitude)? location = null, string phone = "+79990001122")
    {
        var button = Inbox.LastOrDefault(m => m.ReplyButtons.Any(b => b.Label == label))?.ReplyButtons.First(b => b.Label == label)
            ?? throw new AssertionException($"No reply button '{label}' in {Describe()}");
        return button.Contact ? SharesOwnContact(phone)
            : button.Location ? SendsLocation(location?.Latitude ?? 55.75, location?.Longitude ?? 37.62)
            : Says(label);
    }

    /// <summary>Waits for a new or edited bot message containing <paramref name="text"/> (plain text, tags removed).</summary>
    public Task<EmulatedMessage> ExpectsAsync(string text, TimeSpan? timeout = null) =>
        ExpectsAsync(m => m.Text?.Contains(text, StringComparison.Ordinal) == true, $"'{text}'", timeout);

    public Task<EmulatedMessage> ExpectsMatchAsync(Regex pattern, TimeSpan? timeout = null) =>
        ExpectsAsync(m => m.Text is not null && pattern.IsMatch(m.Text), pattern.ToString(), timeout);

    public async Task<EmulatedMessage> ExpectsAsync(Func<EmulatedMessage, bool> match, string what, TimeSpan? timeout = null)
    {
        EmulatedMessage? found = null;
        try
        {
            await Eventually.That(() => (found = Fresh().FirstOrDefault(match)) is not null, timeout ?? Patience);
        }
        catch (TimeoutException)
        {
            throw new AssertionException($"User {profile.FirstName} did not get {what}. Received: {Describe()}");
        }

        ConsumeUpTo(found!.MessageId);
        return found;
    }

    /// <summary>Waits for a message containing each text, in any order (they may come from separate jobs); all are then consumed.</summary>
    public async Task ExpectsAllAsync(params string[] texts)
    {
        EmulatedMessage? Find(string text) => Fresh().FirstOrDefault(m => m.Text?.Contains(text, StringComparison.Ordinal) == true);
        try
        {
            await Eventually.That(() => texts.All(text => Find(text) is not null), Patience);
        }
        catch (TimeoutException)
        {
            throw new AssertionException($"User {profile.FirstName} did not get all of {string.Join(", ", texts.Select(t => $"'{t}'"))}. Received: {Describe()}");
        }

        ConsumeUpTo(texts.Max(text => Find(text)!.MessageId));
    }

    /// <summary>Asserts nothing new arrives within <paramref name="quiet"/>.</summary>
    public async Task ExpectsNothingAsync(TimeSpan? quiet = null)
    {
        await Task.Delay(quiet ?? TimeSpan.FromMilliseconds(700));
        var fresh = Fresh().ToList();
        if (fresh.Count > 0)
        {
            throw new AssertionException($"User {profile.FirstName} got unexpected messages: {string.Join(" | ", fresh)}");
        }
    }

    public string Describe() => string.Join(" | ", Inbox.TakeLast(6).Select(m => m.ToString()));

    private IEnumerable<EmulatedMessage> Fresh() =>
        Inbox.Where(m => !seen.TryGetValue(m.MessageId, out var edits) || edits < m.EditCount);

    // What came before the match (and the match itself) is consumed; anything that arrived after it stays to be expected.
    private void ConsumeUpTo(int messageId) =>
        seen = Snapshot().Where(m => m.Key <= messageId || (seen.TryGetValue(m.Key, out var edits) && edits == m.Value))
            .ToDictionary(m => m.Key, m => m.Value);

    private Dictionary<int, int> Snapshot() => Inbox.ToDictionary(m => m.MessageId, m => m.EditCount);

    private T Act<T>(Func<T> action)
    {
        seen = Snapshot();
        return action();
    }

    private void Act(Action action)
    {
        seen = Snapshot();
        action();
    }
}
