using Pryton.Kernel.Bot;

namespace Pryton.EndToEndTests.Probe;

[BotCommand("form", Audience.Anyone)]
internal sealed class FormCommand : ICommandHandler
{
    public Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        ctx.StartFlow<FormFlow>(new FormDraft());
        return Task.CompletedTask;
    }
}
