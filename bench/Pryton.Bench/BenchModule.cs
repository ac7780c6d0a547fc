using Autofac;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Modules;

namespace Pryton.Bench;

/// <summary>The benchmark's own module: a no-op command, so the measured cost is the pipeline's.</summary>
public sealed class BenchModule : IPrytonModule
{
    public static ModuleDescriptor Descriptor => new(new BenchModule(), typeof(BenchModule).Assembly);

    public string Key => "bench";

    public void Register(ContainerBuilder builder)
    {
        // The no-op handler is registered by convention.
    }
}

[BotCommand("noop", Audience.Anyone)]
internal sealed class NoopCommand : ICommandHandler
{
    public Task HandleAsync(UpdateContext ctx, CancellationToken ct) => Task.CompletedTask;
}

/// <summary>Replies at once with one short text: the command round trip's probe.</summary>
[BotCommand("ping", Audience.Anyone)]
internal sealed class PingCommand : ICommandHandler
{
    public Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        ctx.Reply(Kernel.Bot.Outbound.OutboundMessage.Of(Kernel.Texts.TextRef.Plain("pong")));
        return Task.CompletedTask;
    }
}
