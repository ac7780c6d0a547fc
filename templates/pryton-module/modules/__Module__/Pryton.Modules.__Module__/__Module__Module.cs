using Autofac;
using Pryton.Kernel.Modules;
using Pryton.Kernel.Scheduling;
using Pryton.Modules.__Module__.Jobs;

namespace Pryton.Modules.__Module__;

/// <summary>The __Module__ module: key "__module__" is its schema, callback prefix, job group and text prefix.</summary>
public sealed class __Module__Module : IPrytonModule
{
    public string Key => "__module__";

    /// <summary>Jobs run on a schedule (Quartz cron, UTC), registered at start-up as <c>__module__.&lt;name&gt;</c>.</summary>
    public IReadOnlyList<RecurringJob> RecurringJobs => [RecurringJob.Of<PruneNewcomersData>("prune-newcomers", "0 30 3 * * ?")];

    public void Register(ContainerBuilder builder)
    {
        // Commands, callbacks, flows, event handlers, jobs and __Module__DbContext are registered by the kernel's
        // conventions; register here only what they cannot find (a query a contract asks for, say).
    }
}
