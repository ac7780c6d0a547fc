using Autofac;

namespace Pryton.Kernel.Modules;

/// <summary>
/// The one class of a feature module. The host finds it by scanning <c>Pryton.Modules.*</c> assemblies; a module
/// assembly holds exactly one public, parameterless implementation.
/// </summary>
public interface IPrytonModule
{
    /// <summary>Lower-case module key: the database schema, the callback prefix, the job group and the text prefix.</summary>
    string Key { get; }

    /// <summary>
    /// Registers what the kernel cannot find by convention. Handlers, jobs, event handlers and the module's DbContext
    /// are registered by the kernel from the module assembly, so most modules leave this empty.
    /// </summary>
    void Register(ContainerBuilder builder);

    /// <summary>Jobs this module runs on a schedule (retention, clean-ups); registered at start-up.</summary>
    IReadOnlyList<Scheduling.RecurringJob> RecurringJobs => [];
}
