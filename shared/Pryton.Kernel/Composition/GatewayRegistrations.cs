using Autofac;
using Microsoft.Extensions.Hosting;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Bot.Builtin;
using Pryton.Kernel.Bot.Conversations;
using Pryton.Kernel.Bot.Intake;
using Pryton.Kernel.Bot.Outbound;
using Pryton.Kernel.Bot.Routing;
using Pryton.Kernel.Modules;
using Pryton.Kernel.Texts;

namespace Pryton.Kernel.Composition;

/// <summary>The Telegram gateway: texts, routing, conversations, the outbound queue, intake and menus.</summary>
internal static class GatewayRegistrations
{
    public static void Register(ContainerBuilder builder, ModuleCatalog catalog, GatewayOptions? gateway, IReadOnlyList<long> bootstrapAdmins)
    {
        var kernel = typeof(GatewayRegistrations).Assembly;
        builder.Register(c => new TextCatalog(catalog.Modules.Select(m => m.Assembly).Prepend(kernel), c.ResolveOptional<Microsoft.Extensions.Logging.ILogger<TextCatalog>>()))
            .SingleInstance();
        builder.RegisterType<MessageRenderer>().SingleInstance();
        builder.RegisterType<OutboundSignal>().SingleInstance();
        builder.RegisterType<OutboundHandoff>().SingleInstance();
        builder.RegisterType<OutboundWriter>().AsSelf().As<IOutbound>().InstancePerLifetimeScope();
        builder.RegisterType<OutboundProgress>().As<IOutboundProgress>().InstancePerLifetimeScope();

        var routes = new RouteTable(catalog.Modules.Select(m => (m.Key, m.Assembly)).Prepend(("kernel", kernel)));
        builder.RegisterInstance(routes);
        foreach (var handler in routes.HandlerTypes)
        {
            builder.RegisterType(handler).AsSelf().InstancePerLifetimeScope();
        }

        builder.RegisterType<ChatStore>().InstancePerLifetimeScope();
        builder.RegisterType<ChatDirectory>().As<IChatDirectory>().InstancePerLifetimeScope();
        builder.RegisterType<Bot.Menu.ContextMenu>().As<Bot.Menu.IContextMenu>().InstancePerLifetimeScope();
        builder.RegisterType<KernelMenu>().As<Bot.Menu.IMenuContributor>().SingleInstance();
        builder.RegisterType<ConversationStore>().InstancePerLifetimeScope();
        builder.RegisterType<FlowRunner>().InstancePerLifetimeScope();
        builder.RegisterType<AccessCheck>().InstancePerLifetimeScope();
        builder.RegisterType<UpdateRouter>().InstancePerLifetimeScope();

        builder.Register(_ => new BootstrapAdmins(bootstrapAdmins)).AsSelf().As<IAdminDirectory>().SingleInstance();
        builder.RegisterType<Alerts.AlertRelay>().SingleInstance();
        if (gateway is null)
        {
            return;
        }

        builder.RegisterInstance(gateway);
        builder.RegisterType<BotClients>().SingleInstance();
        builder.RegisterType<IntakeHealth>().SingleInstance();
        builder.RegisterType<ChatLocks>().SingleInstance();
        builder.RegisterType<UpdatePipeline>().AsSelf().As<IUpdateSink>().SingleInstance();
        builder.RegisterType<LiveLocationBatch>().SingleInstance();
        builder.RegisterType<OutboundStore>().SingleInstance();
        builder.RegisterType<SendPacer>().SingleInstance();
        builder.RegisterType<SenderLeadership>().SingleInstance();
        builder.RegisterType<OutboundSender>().AsSelf().As<IHostedService>().SingleInstance();
        builder.RegisterType<CommandMenus>().AsSelf().As<ICommandMenus>().As<IHostedService>().SingleInstance();
        if (gateway.WebhookUrl is null)
        {
            builder.RegisterType<PollingIntake>().AsSelf().As<IHostedService>().SingleInstance();
        }
        else
        {
            builder.RegisterType<WebhookRegistration>().AsSelf().As<IHostedService>().SingleInstance();
        }
    }
}
