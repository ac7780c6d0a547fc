using Pryton.Contracts.Registration;
using Pryton.Kernel.Database;
using Pryton.Kernel.Events;

namespace Pryton.Kernel.Bot.Builtin;

/// <summary>Forget-me reaches the kernel too: the chat's username and any open dialog go; the chat id stays for replies.</summary>
internal sealed class ForgetChatOnPlayerForgetRequested(DbSession session) : IEventHandler<PlayerForgetRequested>
{
    public async Task HandleAsync(PlayerForgetRequested @event, CancellationToken ct)
    {
        await using var command = session.Command("""
            UPDATE kernel.chats SET username = NULL, reply_commands = NULL WHERE user_id = @user;
            DELETE FROM kernel.conversations WHERE chat_id IN (SELECT chat_id FROM kernel.chats WHERE user_id = @user);
            """);
        command.Parameters.AddWithValue("user", @event.UserId);
        await command.ExecuteNonQueryAsync(ct);
    }
}
