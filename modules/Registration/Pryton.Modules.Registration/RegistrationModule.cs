using Autofac;
using Pryton.Contracts.Registration;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Bot.Menu;
using Pryton.Kernel.Modules;
using Pryton.Modules.Registration.Application;
using Pryton.Modules.Registration.Bot;
using Pryton.Modules.Registration.Bot.Flows;
using Pryton.Modules.Registration.Queries;

namespace Pryton.Modules.Registration;

/// <summary>The Registration module: key "registration" is its schema, callback prefix, job group and text prefix.</summary>
public sealed class RegistrationModule : IPrytonModule
{
    public string Key => "registration";

    public void Register(ContainerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.RegisterType<PlayerRegistry>().InstancePerLifetimeScope();
        builder.RegisterType<RulesBook>().AsSelf().As<IRulesBook>().InstancePerLifetimeScope();
        builder.RegisterType<PlayerDirectory>().As<IPlayerDirectory>().InstancePerLifetimeScope();
        builder.RegisterType<Application.PlayerAdmin>().As<IPlayerAdmin>().InstancePerLifetimeScope();
        builder.RegisterType<PlayerGate>().As<IAudienceGate>().InstancePerLifetimeScope();
        builder.RegisterType<ProfileQuestions>().InstancePerLifetimeScope();
        builder.RegisterType<ProfileView>().InstancePerLifetimeScope();
        builder.RegisterType<StartLanding>().InstancePerLifetimeScope();
        builder.RegisterType<RegistrationMenu>().As<IMenuContributor>().InstancePerLifetimeScope();
    }
}
