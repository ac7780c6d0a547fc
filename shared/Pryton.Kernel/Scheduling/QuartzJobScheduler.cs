using System.Text.Json;
using Pryton.Kernel.UnitOfWork;
using Quartz;

namespace Pryton.Kernel.Scheduling;

/// <summary>
/// <see cref="IJobScheduler"/> on Quartz's persistent, clustered store. The job's key is the trigger's name and its scope
/// the group; changes made inside a unit of work are applied after its commit.
/// </summary>
internal sealed class QuartzJobScheduler(ISchedulerFactory factory, JobRegistry registry, SchedulerTickets tickets, IAfterCommit? afterCommit = null) : IJobScheduler
{
    internal const string DataKey = "data";
    internal const string TypeKey = "type";
    internal const string AttemptKey = "attempt";
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Task ScheduleAsync<TData>(string key, string scope, DateTimeOffset fireAt, TData data, CancellationToken ct)
        where TData : class
    {
        var (_, module) = registry.For(typeof(TData));
        if (!key.StartsWith(module + ".", StringComparison.Ordinal))
        {
            throw new ArgumentException($"Job key '{key}' must start with its module key '{module}.'", nameof(key));
        }

        var json = JsonSerializer.Serialize(data, Json);
        var ticket = tickets.Next();
        return Apply(token => tickets.CancelledSince(ticket, key, scope)
            ? Task.CompletedTask
            : ScheduleNowAsync(factory, key, scope, fireAt, JobRegistry.NameOf(typeof(TData)), json, attempt: 0, token), ct);
    }

    public Task CancelAsync(string key, CancellationToken ct)
    {
        var ticket = tickets.Next();
        return Apply(async token =>
        {
            tickets.Cancelled("key:" + key, ticket);
            await (await factory.GetScheduler(token)).DeleteJob(new JobKey(key, GroupOf(key)), token);
        }, ct);
    }

    public Task CancelScopeAsync(string scope, CancellationToken ct)
    {
        var ticket = tickets.Next();
        return Apply(async token =>
        {
            tickets.Cancelled("scope:" + scope, ticket);
            var scheduler = await factory.GetScheduler(token);
            foreach (var trigger in await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals(scope), token))
            {
                await scheduler.UnscheduleJob(trigger, token);
            }
        }, ct);
    }

    public async Task<IReadOnlyList<ScheduledJob>> ListAsync(string? scope, CancellationToken ct)
    {
        var scheduler = await factory.GetScheduler(ct);
        var matcher = scope is null ? GroupMatcher<TriggerKey>.AnyGroup() : GroupMatcher<TriggerKey>.GroupEquals(scope);
        var jobs = new List<ScheduledJob>();
        foreach (var key in await scheduler.GetTriggerKeys(matcher, ct))
        {
            // A trigger that fired and is finishing its run has no next time: it is not pending any more.
            if (await scheduler.GetTrigger(key, ct) is { NextFireTimeUtc: not null } trigger)
            {
                jobs.Add(new ScheduledJob(key.Name, key.Group, trigger.JobDataMap.GetString(TypeKey) ?? trigger.JobKey.Name, trigger.NextFireTimeUtc));
            }
        }

        return jobs.OrderBy(j => j.FireAt).ToList();
    }

    public async Task<IReadOnlySet<string>> PlannedKeysAsync(string scopePrefix, CancellationToken ct)
    {
        var scheduler = await factory.GetScheduler(ct);
        var keys = await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupStartsWith(scopePrefix), ct);
        return keys.Select(k => k.Name).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Writes the trigger (replacing one with the same key); also used for retries of a failed run.</summary>
    internal static async Task ScheduleNowAsync(ISchedulerFactory factory, string key, string scope, DateTimeOffset fireAt, string type, string json, int attempt, CancellationToken ct)
    {
        var scheduler = await factory.GetScheduler(ct);
        var job = JobBuilder.Create<PrytonQuartzJob>()
            .WithIdentity(key, GroupOf(key))
            .UsingJobData(TypeKey, type)
            .UsingJobData(DataKey, json)
            .UsingJobData(AttemptKey, attempt.ToString(System.Globalization.CultureInfo.InvariantCulture))
            // A process that dies while running it leaves the firing unfinished: the next one (or this one, restarted) runs it again.
            .RequestRecovery()
            .Build();
        var trigger = TriggerBuilder.Create()
            .WithIdentity(key, scope)
            .ForJob(job)
            .StartAt(fireAt)
            // Missed while the bot was down: fire as soon as it is back, once.
            .WithSimpleSchedule(s => s.WithRepeatCount(0).WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        await scheduler.ScheduleJob(job, trigger, ScheduleJobOptions.Replacing, ct);
    }

    // Jobs are grouped by module so the admin screen and the metrics can tell them apart.
    private static string GroupOf(string key) => key.Split('.', 2)[0];

    private Task Apply(Func<CancellationToken, Task> change, CancellationToken ct)
    {
        if (afterCommit is null)
        {
            return change(ct);
        }

        afterCommit.Add(change);
        return Task.CompletedTask;
    }
}
