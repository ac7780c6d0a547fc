using Autofac;
using Pryton.Kernel.Modules;

namespace Pryton.IntegrationTests.Probe;

/// <summary>A test module: proves kernel conventions (DbContext, event handlers) on a schema of its own.</summary>
public sealed class ProbeModule : IPrytonModule
{
    public static ModuleDescriptor Descriptor => new(new ProbeModule(), typeof(ProbeModule).Assembly);

    public string Key => "probe";

    public void Register(ContainerBuilder builder) => builder.RegisterType<ProbeBehaviour>().SingleInstance();

    /// <summary>The probe's tables, created by hand: the test assembly carries no migrations.</summary>
    public const string Schema = """
        CREATE SCHEMA IF NOT EXISTS probe;
        CREATE TABLE IF NOT EXISTS probe.notes (id bigserial PRIMARY KEY, text text NOT NULL);
        CREATE TABLE IF NOT EXISTS probe.deliveries (id bigserial PRIMARY KEY, handler text NOT NULL, text text NOT NULL);
        CREATE SCHEMA IF NOT EXISTS probe_other;
        CREATE TABLE IF NOT EXISTS probe_other.notes (id bigserial PRIMARY KEY, text text NOT NULL);
        """;
}
