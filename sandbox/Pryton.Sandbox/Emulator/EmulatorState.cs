using System.Text.Json.Nodes;

namespace Pryton.Sandbox.Emulator;

/// <summary>
/// What the emulated Telegram holds: chats with their messages, the queue of updates for the bot, answered callbacks
/// and the bot's command menus. Thread-safe; every method takes the one lock.
/// </summary>
public sealed class EmulatorState
{
    /// <summary>The clock message dates come from (a test's fake clock, so dates follow the bot's time).</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>
    /// Whether chats keep their messages and every queued update is kept (what tests read back). A load run turns it
    /// off: Telegram's memory is not the bot's, and a fake that keeps everything in the bot's process makes every
    /// collection there copy its history. Off, a message cannot be edited or looked up later.
    /// </summary>
    public bool KeepsHistory { get; set; } = true;

    private readonly Lock gate = new();
    private readonly Dictionary<long, List<EmulatedMessage>> chats = [];
    private readonly Dictionary<long, int> nextMessageId = [];
    private readonly List<(int Id, JsonObject Update)> pending = [];
    private readonly List<JsonObject> delivered = [];
    private readonly Dictionary<string, (string? Text, bool Alert)> callbackAnswers = [];
    private readonly Dictionary<string, JsonArray> commands = [];
    private readonly Dictionary<long, EmulatedUser> users = [];
    private int nextUpdateId = 1000;
    private TaskCompletionSource updatesArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Raised for every message the bot sends or edits (sandbox pushes them to the browser).</summary>
    public event Action<EmulatedMessage>? BotMessageChanged;

    /// <summary>Raised for every message a user sends (sandbox echoes them into the chat view).</summary>
    public event Action<EmulatedMessage>? UserMessageAdded;

    public IReadOnlyList<EmulatedMessage> Messages(long chatId)
    {
        lock (gate)
        {
            return chats.TryGetValue(chatId, out var list) ? list.ToList() : [];
        }
    }

    public IReadOnlyCollection<EmulatedUser> Users
    {
        get
        {
            lock (gate)
            {
                return users.Values.ToList();
            }
        }
    }

    public EmulatedUser? User(long id)
    {
        lock (gate)
        {
            return users.GetValueOrDefault(id);
        }
    }

    public void AddUser(EmulatedUser user)
    {
        lock (gate)
        {
            users[user.Id] = user;
        }
    }

    public EmulatedMessage? Message(long chatId, int messageId)
    {
        lock (gate)
        {
            return chats.TryGetValue(chatId, out var list) ? list.FirstOrDefault(m => m.MessageId == messageId) : null;
        }
    }

    public (string? Text, bool Alert)? CallbackAnswer(string callbackId)
    {
        lock (gate)
        {
            return callbackAnswers.TryGetValue(callbackId, out var answer) ? answer : null;
        }
    }

    public int CallbackAnswerCount
    {
        get
        {
            lock (gate)
            {
                return callbackAnswers.Count;
            }
        }
    }

    public JsonArray? Commands(string scopeKey)
    {
        lock (gate)
        {
            return commands.GetValueOrDefault(scopeKey);
        }
    }

    public int PendingUpdates
    {
        get
        {
            lock (gate)
            {
                return pending.Count;
            }
        }
    }

    internal EmulatedMessage AddMessage(long chatId, bool fromBot, Func<int, EmulatedMessage> create)
    {
        EmulatedMessage message;
        lock (gate)
        {
            var id = nextMessageId.GetValueOrDefault(chatId, 1);
            nextMessageId[chatId] = id + 1;
            message = create(id);
            if (KeepsHistory)
            {
                if (!chats.TryGetValue(chatId, out var list))
                {
                    chats[chatId] = list = [];
                }

                list.Add(message);
            }
        }

        if (fromBot)
        {
            BotMessageChanged?.Invoke(message);
        }
        else
        {
            UserMessageAdded?.Invoke(message);
        }

        return message;
    }

    internal void Changed(EmulatedMessage message) => BotMessageChanged?.Invoke(message);

    internal void AnswerCallback(string id, string? text, bool alert)
    {
        lock (gate)
        {
            callbackAnswers[id] = (text, alert);
        }
    }

    internal void RemoveCommands(string scopeKey)
    {
        lock (gate)
        {
            commands.Remove(scopeKey);
        }
    }

    internal void SetCommands(string scopeKey, JsonArray list)
    {
        lock (gate)
        {
            commands[scopeKey] = list;
        }
    }

    /// <summary>Queues an update for the bot; returns its id.</summary>
    public int Enqueue(string kind, JsonNode payload)
    {
        lock (gate)
        {
            var id = nextUpdateId++;
            var update = new JsonObject { ["update_id"] = id, [kind] = payload };
            pending.Add((id, update));
            if (KeepsHistory)
            {
                delivered.Add((JsonObject)update.DeepClone());
            }

            updatesArrived.TrySetResult();
            return id;
        }
    }

    /// <summary>Every update queued so far, oldest first (copies: to be delivered again, or counted).</summary>
    public IReadOnlyList<JsonObject> Delivered
    {
        get
        {
            lock (gate)
            {
                return delivered.Select(u => (JsonObject)u.DeepClone()).ToList();
            }
        }
    }

    /// <summary>Queues the very same update again (Telegram's at-least-once delivery).</summary>
    public void Redeliver(int updateId, JsonObject update)
    {
        lock (gate)
        {
            pending.Add((updateId, (JsonObject)update.DeepClone()));
            pending.Sort((a, b) => a.Id.CompareTo(b.Id));
            updatesArrived.TrySetResult();
        }
    }

    /// <summary>getUpdates: confirms everything below <paramref name="offset"/>, then returns what is left (waiting up to the timeout).</summary>
    internal async Task<JsonArray> TakeUpdatesAsync(int? offset, int limit, TimeSpan timeout, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            Task arrived;
            lock (gate)
            {
                if (offset is { } confirmed)
                {
                    pending.RemoveAll(u => u.Id < confirmed);
                }

                if (pending.Count > 0 || DateTime.UtcNow >= deadline)
                {
                    return new JsonArray(pending.Take(limit).Select(u => (JsonNode)u.Update.DeepClone()).ToArray());
                }

                if (updatesArrived.Task.IsCompleted)
                {
                    updatesArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                }

                arrived = updatesArrived.Task;
            }

            var left = deadline - DateTime.UtcNow;
            if (left > TimeSpan.Zero)
            {
                await Task.WhenAny(arrived, Task.Delay(left, ct));
            }

            ct.ThrowIfCancellationRequested();
        }
    }

    /// <summary>Webhook delivery: the oldest pending update, removed once the bot answered 2xx.</summary>
    internal (int Id, JsonObject Update)? PeekUpdate()
    {
        lock (gate)
        {
            return pending.Count > 0 ? pending[0] : null;
        }
    }

    internal void RemoveUpdate(int id)
    {
        lock (gate)
        {
            pending.RemoveAll(u => u.Id == id);
        }
    }
}
