using Autofac;
using Microsoft.Extensions.Logging;
using Pryton.Kernel.Bot.Routing;
using Pryton.Kernel.Observability;
using Pryton.Kernel.UnitOfWork;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Pryton.Kernel.Bot.Intake;

/// <summary>
/// A polled batch's live-location moves in one unit of work: their update ids recorded together (redeliveries left
/// out), the chats locked in a fixed order (no two replicas can deadlock), the owner's batch handler, one commit.
/// When that fails the caller runs the moves one by one through the ordinary pipeline, which isolates a bad one.
/// </summary>
internal sealed class LiveLocationBatch(IUnitOfWork unitOfWork, RouteTable routes, TimeProvider clock, ILogger<LiveLocationBatch> logger)
{
    /// <summary>An edit of a live location in a private chat: silent, so it can share a commit with others.</summary>
    public static bool IsMove(Update update) =>
        update.EditedMessage is { Location: not null, Chat.Type: ChatType.Private, From: not null };

    public bool Enabled => Handler is not null;

    private Type? Handler { get; } = routes.Message(MessageKind.Location)?.Handler is { } type && type.IsAssignableTo(typeof(ILiveLocationMovesHandler)) ? type : null;

    /// <returns>False when the batch rolled back; nothing of it is recorded then.</returns>
    public async Task<bool> TryHandleAsync(IReadOnlyList<Update> moves, CancellationToken ct)
    {
        if (moves.Count == 0)
        {
            return true;
        }

        if (Handler is null)
        {
            return false; // nobody takes moves together: one by one
        }

        GatewayMetrics.UpdatesReceived.WithLabels(nameof(UpdateType.EditedMessage)).Inc(moves.Count);

        try
        {
            var fresh = await unitOfWork.RunAsync("update", async (scope, token) =>
            {
                var now = clock.GetUtcNow();
                var recorded = await scope.Resolve<ChatStore>().RecordUpdatesAsync(moves.Select(u => ((long)u.Id, u.EditedMessage!.Chat.Id)).ToList(), now, token);
                var news = moves.Where(u => recorded.Remove(u.Id)).Select(u => Move(u, now)).ToList();
                if (news.Count > 0)
                {
                    await ((ILiveLocationMovesHandler)scope.Resolve(Handler)).HandleMovesAsync(news, token);
                }

                return news.Count;
            }, ct);
            GatewayMetrics.LiveLocationUpdates.Inc(moves.Count);
            GatewayMetrics.UpdatesHandled.WithLabels("handled").Inc(fresh);
            GatewayMetrics.UpdatesHandled.WithLabels("duplicate").Inc(moves.Count - fresh);
            return true;
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            logger.LogWarning(ex, "{Count} live-location moves failed together; handling them one by one", moves.Count);
            return false;
        }
    }

    private static LiveLocationMove Move(Update update, DateTimeOffset now)
    {
        var message = update.EditedMessage!;
        return new LiveLocationMove(message.From!.Id, message.Location!, UpdateContext.SentTime(message, now));
    }
}
