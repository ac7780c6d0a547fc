using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pryton.Kernel.Modules;
using Quartz;

namespace Pryton.Kernel.Scheduling;

/// <summary>Registers every module's recurring jobs at start-up (replacing earlier definitions, so edits apply).</summary>
internal sealed class RecurringJobsRegistration(ModuleCatalog catalog, ISchedulerFactory factory, ILogger<RecurringJobsRegistration> logger) : BackgroundService
{
    internal const string RecurringKey = "recurring";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var scheduler = await factory.GetScheduler(stoppingToken);
        foreach (var module in catalog.Modules)
        {
            foreach (var recurring in module.Module.RecurringJobs)
            {
                var key = $"{module.Key}.{recurring.Name}";
                var job = JobBuilder.Create<PrytonQuartzJob>()
                    .WithIdentity(key, module.Key)
                    .UsingJobData(QuartzJobScheduler.TypeKey, JobRegistry.NameOf(recurring.DataType))
                    .UsingJobData(QuartzJobScheduler.DataKey, JsonSerializer.Serialize(Activator.CreateInstance(recurring.DataType), recurring.DataType, QuartzJobScheduler.Json))
                    .UsingJobData(RecurringKey, "true")
                    .RequestRecovery()
                    .Build();
                var trigger = TriggerBuilder.Create()
                    .WithIdentity(key, module.Key)
                    .ForJob(job)
                    .WithCronSchedule(recurring.Cron, c => c.InTimeZone(TimeZoneInfo.Utc).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
                    .Build();
                await scheduler.ScheduleJob(job, trigger, ScheduleJobOptions.Replacing, stoppingToken);
                logger.LogInformation("Recurring job {Job} scheduled ({Cron} UTC)", key, recurring.Cron);
            }
        }
    }
}
