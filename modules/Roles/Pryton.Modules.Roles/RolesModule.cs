using Autofac;
using Pryton.Contracts.Roles;
using Pryton.Kernel.Modules;
using Pryton.Modules.Roles.Application;

namespace Pryton.Modules.Roles;

/// <summary>The Roles module: key "roles" is its schema, callback prefix, job group and text prefix.</summary>
public sealed class RolesModule : IPrytonModule
{
    public string Key => "roles";

    public void Register(ContainerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.RegisterType<RoleBook>().AsSelf().As<IRoleAssignment>().InstancePerLifetimeScope();
        builder.RegisterType<RoleNames>().InstancePerLifetimeScope();
        builder.RegisterType<RoleNotices>().InstancePerLifetimeScope();
        builder.RegisterType<RoleControl>().As<IRoleControl>().InstancePerLifetimeScope();
        builder.RegisterType<Bot.RoleScreen>().InstancePerLifetimeScope();
    }
}
