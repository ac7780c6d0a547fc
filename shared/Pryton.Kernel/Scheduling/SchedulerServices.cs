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
            // Jobs mostly wait on PostgreSQL, so more of them than cores: a game night's deadlines and the timers
            // missed during a restart go out in batches this large (Quartz acquires up to the pool's size per round).
            q.UseDefaultThreadPool(20);
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
                    // A trigger later than this is a misfire: fired now too (FireNow), but by the misfire scan, which runs
                    // once per threshold. At 5 s, timers missed during a restart that aged past it while waiting for a
                    // worker dropped out of the firing rounds into that scan — a visible hole in the catch-up.
                    o.MisfireThreshold = TimeSpan.FromSeconds(30);
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
