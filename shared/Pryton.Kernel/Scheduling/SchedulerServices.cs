using Microsoft.Extensions.DependencyInjection;
using Pryton.Kernel.Migrations.Kernel;
using Quartz;

namespace Pryton.Kernel.Scheduling;

/// <summary>
/// Quartz on the bot's PostgreSQL: persistent ADO.NET store in schema <c>quartz</c>, clustered (each trigger fires once
/// across replicas), JSON job data, misfires fired at start-up.
/// </summary>
public static class SchedulerServices
{
    /// <param name="clustered">Off only for the single-instance test host, whose fake clock must not meet cluster recovery's waits.</param>
    /// <param name="instanceId">
    /// The replica's stable id: on its first check-in Quartz recovers what its own previous incarnation was firing
    /// (at once, not after the failure timeout). Null: a new id per process. Clustered stores only.
    /// </param>
    public static IServiceCollection AddPrytonScheduler(this IServiceCollection services, string connectionString, bool startWithHost = true, bool clustered = true,
        string? instanceId = null)
    {
        services.AddQuartz(q =>
        {
            // One name on every replica (they share triggers); an id of its own for each.
            q.ConfigureScheduler(o =>
            {
                o.InstanceName = "pryton";
                if (clustered && instanceId is not null)
                {
                    o.InstanceId = instanceId;
                }
                else
                {
                    o.GenerateInstanceId = true;
                }

                o.IdleWaitTime = TimeSpan.FromSeconds(5);
            });
            q.UsePersistentStore(store =>
            {
                store.UsePostgres(connectionString);
                store.UseSystemTextJsonSerializer();
                if (clustered)
                {
                    store.UseClustering(c =>
                    {
                        c.CheckinInterval = TimeSpan.FromSeconds(5);
                        c.CheckinMisfireThreshold = TimeSpan.FromSeconds(15);
                    });
                }
                store.ConfigureStore(o =>
                {
                    o.TablePrefix = CreateQuartzSchema.TablePrefix;
                    // A trigger late by less than this simply fires, in order, as soon as a thread is free; later than
                    // this it is a misfire and waits for the misfire scan (every threshold's length) to fire it now
                    // (FireNow). 30 s covers a deploy's restart: a short threshold made timers that aged past it while
                    // queued wait seconds for the next scan. Recurring jobs run at most once a minute, so a late one
                    // never catches up twice.
                    o.MisfireThreshold = TimeSpan.FromSeconds(30);
                    // Every firing round takes the trigger lock, as before Quartz 4.6. Pryton's one job type disallows
                    // concurrent runs, so rounds take it anyway; off, so that stays true should a job type ever allow them
                    // (lock-free rounds stalled scheduling after commits beside a burst of units of work here).
                    o.LockFreeFiringRounds = false;
                });
            });
        });
        if (startWithHost)
        {
            services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        }

        return services;
    }
}
