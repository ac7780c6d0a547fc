namespace Pryton.Kernel.Scheduling;

/// <summary>
/// A job a module runs on a schedule (daily retention, hourly clean-ups), declared in the module class and registered
/// at start-up under the key <c>&lt;module&gt;.&lt;name&gt;</c>. <paramref name="Cron"/> is a Quartz cron expression in UTC.
/// </summary>
public sealed record RecurringJob(string Name, string Cron, Type DataType)
{
    public static RecurringJob Of<TData>(string name, string cron)
        where TData : class, new() => new(name, cron, typeof(TData));
}
