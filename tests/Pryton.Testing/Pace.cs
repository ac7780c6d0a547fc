using Pryton.Sandbox.Emulator;

namespace Pryton.Testing;

/// <summary>Telegram's limits measured on the calls the fake Bot API recorded.</summary>
public static class Pace
{
    /// <summary>The most calls inside any one-second window (the global limit is 30).</summary>
    public static int MaxInAnySecond(IEnumerable<RecordedCall> calls)
    {
        var sorted = calls.Select(c => c.At).Order().ToList();
        var max = 0;
        for (int start = 0, end = 0; end < sorted.Count; end++)
        {
            while (sorted[end] - sorted[start] >= TimeSpan.FromSeconds(1))
            {
                start++;
            }

            max = Math.Max(max, end - start + 1);
        }

        return max;
    }

    /// <summary>The busiest second's arrivals, in milliseconds from its first: what to look at when the limit was broken.</summary>
    public static string BusiestSecond(IEnumerable<RecordedCall> calls)
    {
        var sorted = calls.Select(c => c.At).Order().ToList();
        var (best, bestStart, bestEnd) = (0, 0, 0);
        for (int start = 0, end = 0; end < sorted.Count; end++)
        {
            while (sorted[end] - sorted[start] >= TimeSpan.FromSeconds(1))
            {
                start++;
            }

            if (end - start + 1 > best)
            {
                (best, bestStart, bestEnd) = (end - start + 1, start, end);
            }
        }

        return best == 0 ? "no calls" : string.Join(" ", sorted[bestStart..(bestEnd + 1)].Select(t => ((t - sorted[bestStart]).TotalMilliseconds).ToString("0", System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <summary>The shortest gap between two calls to the same chat (the per-chat limit is about one a second).</summary>
    public static TimeSpan TightestChatGap(IEnumerable<RecordedCall> calls) =>
        calls.Where(c => c.ChatId is not null).GroupBy(c => c.ChatId)
            .Select(g => g.Select(c => c.At).Order().ToList())
            .Where(times => times.Count > 1)
            .Select(times => times.Zip(times.Skip(1), (a, b) => b - a).Min())
            .DefaultIfEmpty(TimeSpan.MaxValue).Min();
}
