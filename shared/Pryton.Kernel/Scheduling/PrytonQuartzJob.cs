using System.Text.Json;
using Autofac;
using Microsoft.Extensions.Logging;
using Pryton.Kernel.Observability;
using Pryton.Kernel.UnitOfWork;
using Quartz;

namespace Pryton.Kernel.Scheduling;

/// <summary>
/// The one Quartz job type: runs the module job named in the trigger's data inside a unit of work, records lateness
/// and outcome, and retries a failure with backoff (a few times, then gives up loudly).
/// [DisallowConcurrentExecution]: a key never runs twice at once — a recurring job whose next time is already due
/// (after a pause of the process, or a clock moved forward in tests) or a job that reschedules its own key while it
/// runs would otherwise overlap with itself. It costs two updates per firing under the trigger lock.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class PrytonQuartzJob(IUnitOfWork unitOfWork, JobRegistry registry, ISchedulerFactory factory, TimeProvider clock, ILogger<PrytonQuartzJob> logger) : IJob
{
    internal const int MaxAttempts = 5;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var map = context.MergedJobDataMap;
        var typeName = map.GetString(QuartzJobScheduler.TypeKey) ?? string.Empty;
        var json = map.GetString(QuartzJobScheduler.DataKey) ?? "{}";
        var attempt = int.TryParse(map.GetString(QuartzJobScheduler.AttemptKey), out var a) ? a : 0;
        // A job re-run after its process died is fired by a recovery trigger that names the original one.
        // It is scheduled for the original firing's instant, so (key, instant) names the firing either way.
        var key = context.Recovering && context.RecoveringTriggerKey is { } original ? original : context.Trigger.Key;
        var firedFor = context.ScheduledFireTimeUtc ?? context.FireTimeUtc;
        var lateness = DateTimeOffset.UtcNow - (context.ScheduledFireTimeUtc ?? context.FireTimeUtc);
        SchedulerMetrics.Lateness.Observe(Math.Max(0, lateness.TotalSeconds));

        using var scope = logger.BeginScope(new Dictionary<string, object> { ["Job"] = key.Name, ["Module"] = key.Name.Split('.')[0] });
        var dataType = registry.DataType(typeName);
        if (dataType is null)
        {
            logger.LogError("Job {Job} names an unknown data type {Type}; dropped", key.Name, typeName);
            SchedulerMetrics.Jobs.WithLabels(typeName, "unknown").Inc();
            return;
        }

        var (jobType, module) = registry.For(dataType);
        try
        {
            var data = JsonSerializer.Deserialize(json, dataType, QuartzJobScheduler.Json)!;
            using var gameScope = Observability.GameLogScope.Begin(logger, data);
            var ran = await unitOfWork.RunAsync("job", async (s, ct) =>
            {
                if (await s.Resolve<Database.DbSession>().ExecuteAsync(
                        "INSERT INTO kernel.job_runs (job_key, fire_time, ran_at) VALUES (@key, @fire, @now) ON CONFLICT DO NOTHING",
                        ct, ("key", key.Name), ("fire", firedFor), ("now", clock.GetUtcNow())) == 0)
                {
                    return false; // its effects were committed by an earlier run that Quartz did not see finish
                }

                var job = s.Resolve(jobType);
                var run = typeof(IPrytonJob<>).MakeGenericType(dataType).GetMethod(nameof(IPrytonJob<object>.RunAsync))!;
                await (Task)run.Invoke(job, [data, ct])!;
                return true;
            }, cancellationToken);
            SchedulerMetrics.Jobs.WithLabels(jobType.Name, ran ? "succeeded" : "already_ran").Inc();
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            var cause = ex is System.Reflection.TargetInvocationException { InnerException: { } inner } ? inner : ex;
            KernelMetrics.Errors.WithLabels(module, "job").Inc();
            if (map.GetString(RecurringJobsRegistration.RecurringKey) == "true")
            {
                logger.LogError(cause, "Recurring job {Job} failed; its next run tries again", key.Name);
                SchedulerMetrics.Jobs.WithLabels(jobType.Name, "failed").Inc();
                return;
            }

            if (attempt + 1 >= MaxAttempts)
            {
                logger.LogError(cause, "Job {Job} failed {Attempts} times; giving up", key.Name, attempt + 1);
                SchedulerMetrics.Jobs.WithLabels(jobType.Name, "gave_up").Inc();
                return;
            }

            var retryAt = clock.GetUtcNow() + TimeSpan.FromSeconds(Math.Pow(4, attempt + 1));
            logger.LogWarning(cause, "Job {Job} failed (attempt {Attempt}); retrying at {RetryAt}", key.Name, attempt + 1, retryAt);
            SchedulerMetrics.Jobs.WithLabels(jobType.Name, "retried").Inc();
            await QuartzJobScheduler.ScheduleNowAsync(factory, key.Name, key.Group, retryAt, typeName, json, attempt + 1, CancellationToken.None);
        }
    }
}
