namespace Pryton.Kernel.Bot.Intake;

/// <summary>Whether updates are flowing in: the last successful poll or webhook call, for <c>/readyz</c>.</summary>
public sealed class IntakeHealth(TimeProvider clock)
{
    private long lastSuccessTicks = clock.GetUtcNow().UtcTicks;
    private string? lastError;

    public string? LastError => Volatile.Read(ref lastError);

    public DateTimeOffset LastSuccess => new(Interlocked.Read(ref lastSuccessTicks), TimeSpan.Zero);

    /// <summary>Healthy when the last contact with Telegram succeeded, or failures are recent enough to be a blip.</summary>
    public bool Healthy => LastError is null || DateTimeOffset.UtcNow - LastSuccess < TimeSpan.FromMinutes(2);

    public void Polled()
    {
        Interlocked.Exchange(ref lastSuccessTicks, DateTimeOffset.UtcNow.UtcTicks);
        Volatile.Write(ref lastError, null);
    }

    public void Failed(string error) => Volatile.Write(ref lastError, error);
}
