using Pryton.Kernel.Bot;
using Pryton.Kernel.Database;

namespace Pryton.EndToEndTests.Probe;

/// <summary>Writes, replies, then fails: nothing of it may survive.</summary>
[BotCommand("boom", Audience.Anyone)]
internal sealed class BoomCommand(DbSession session) : ICommandHandler
{
    public async Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        await using var command = session.Command("INSERT INTO probe.runs (chat_id, what) VALUES (@chat, 'boom')");
        command.Parameters.AddWithValue("chat", ctx.ChatId);
        await command.ExecuteNonQueryAsync(ct);
        ctx.Reply("probe.before-boom");
        throw new InvalidOperationException("boom on purpose");
    }
}
