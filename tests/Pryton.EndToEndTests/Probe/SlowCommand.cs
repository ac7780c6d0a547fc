using Pryton.Kernel.Bot;
using Pryton.Kernel.Database;

namespace Pryton.EndToEndTests.Probe;

/// <summary>Writes a row, then waits at the gate: a host stopped there must lose and repeat nothing.</summary>
[BotCommand("slow", Audience.Anyone)]
internal sealed class SlowCommand(DbSession session, SlowGate gate) : ICommandHandler
{
    public async Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        await using var command = session.Command("INSERT INTO probe.runs (chat_id, what) VALUES (@chat, 'slow')");
        command.Parameters.AddWithValue("chat", ctx.ChatId);
        await command.ExecuteNonQueryAsync(ct);
        await gate.PassAsync(ct);
        ctx.Reply("probe.slow-done");
    }
}
