using Pryton.Kernel.Bot;

namespace Pryton.EndToEndTests.Probe;

/// <summary>An admin-only button: replayed by a player it must do nothing.</summary>
[BotCallback("secret", Audience.Admin)]
internal sealed class SecretCallback : ICallbackHandler
{
    public Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        ctx.Toast("probe.secret-pressed");
        return Task.CompletedTask;
    }
}
