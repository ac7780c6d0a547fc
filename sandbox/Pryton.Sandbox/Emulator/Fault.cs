namespace Pryton.Sandbox.Emulator;

/// <summary>An injected failure for one request: answer like Telegram under stress, or not at all.</summary>
public sealed record Fault(int Status, string Description, int? RetryAfter = null, TimeSpan? Hang = null)
{
    public static Fault TooManyRequests(int retryAfter) => new(429, $"Too Many Requests: retry after {retryAfter}", retryAfter);

    public static Fault ServerError() => new(500, "Internal Server Error");

    public static Fault BadGateway() => new(502, "Bad Gateway");

    /// <summary>No answer within <paramref name="hang"/>; the client's timeout fires first.</summary>
    public static Fault Timeout(TimeSpan hang) => new(0, "timeout", Hang: hang);

    public static Fault Blocked() => new(403, "Forbidden: bot was blocked by the user");
}
