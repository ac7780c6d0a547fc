using System.Diagnostics;
using Autofac;
using Microsoft.Extensions.Logging;
using Pryton.Kernel.Bot.Conversations;
using Pryton.Kernel.Bot.Outbound;
using Pryton.Kernel.Bot.Routing;
using Pryton.Kernel.Observability;
using Pryton.Kernel.Texts;
using Pryton.Kernel.UnitOfWork;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Pryton.Kernel.Bot.Intake;

/// <summary>
/// Handles one update end to end, the same way for polling and webhook: per-chat order, one unit of work, the update
/// id recorded with its effects (a redelivery is skipped), routing, replies queued in the same transaction. A failing
/// handler rolls back and the user gets a short apology; the callback is always answered.
/// </summary>
internal sealed class UpdatePipeline(
    IUnitOfWork unitOfWork, ChatLocks locks, BotClients clients, TextCatalog texts, TimeProvider clock, ILogger<UpdatePipeline> logger)
    : IUpdateSink
{
    public async Task HandleAsync(Update update, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(update);
        var type = update.Type.ToString();
        GatewayMetrics.UpdatesReceived.WithLabels(type).Inc();
        if (UpdateSource.Of(update) is not { } source)
        {
            return;
        }

        var started = Stopwatch.GetTimestamp();
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["UpdateId"] = update.Id, ["ChatId"] = source.ChatId });
        using (await locks.AcquireAsync(source.ChatId, ct))
        {
            (string Text, bool Alert)? answer;
            try
            {
                answer = await unitOfWork.RunAsync("update", (s, token) => HandleInScopeAsync(update, source, s, token), ct);
            }
            catch (Exception ex) when (!ct.IsCancellationRequested && ex is not Npgsql.NpgsqlException { IsTransient: true })
            {
                logger.LogError(ex, "Update {UpdateId} failed in chat {ChatId}", update.Id, source.ChatId);
                KernelMetrics.Errors.WithLabels("kernel", "update").Inc();
                GatewayMetrics.UpdatesHandled.WithLabels("failed").Inc();
                answer = await ApologiseAsync(update, source, ct);
            }

            await AnswerCallbackAsync(update.CallbackQuery, answer, ct);
        }

        GatewayMetrics.RequestCount.WithLabels(type).Inc();
        GatewayMetrics.RequestLatency.WithLabels(type).Observe(Stopwatch.GetElapsedTime(started).TotalSeconds);
    }

    private async Task<(string Text, bool Alert)?> HandleInScopeAsync(Update update, UpdateSource source, ILifetimeScope scope, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var chats = scope.Resolve<ChatStore>();
        var (fresh, chat) = await chats.EnterAsync(update.Id, source, now, ct);
        if (!fresh)
        {
            GatewayMetrics.UpdatesHandled.WithLabels("duplicate").Inc();
            return null;
        }

        if (update.MyChatMember is { } membership)
        {
            var blocked = membership.NewChatMember.Status is ChatMemberStatus.Kicked or ChatMemberStatus.Left;
            await chats.SetBlockedAsync(source.ChatId, blocked, now, ct);
            GatewayMetrics.UpdatesHandled.WithLabels("handled").Inc();
            return null;
        }

        var outbound = scope.Resolve<OutboundWriter>();
        var ctx = new UpdateContext(update, source.ChatId, source.UserId, source.ChatKind, chat.Language, texts, outbound, now);
        if (update.EditedMessage?.Location is not null)
        {
            GatewayMetrics.LiveLocationUpdates.Inc();
        }

        await scope.Resolve<UpdateRouter>().RouteAsync(ctx, chat, ct);
        await ApplyFlowRequestsAsync(ctx, scope.Resolve<FlowRunner>(), ct);
        foreach (var (message, options) in ctx.Replies)
        {
            await outbound.WriteAsync(ctx.ChatId, message, ctx.Language, options, ct);
        }

        GatewayMetrics.UpdatesHandled.WithLabels("handled").Inc();
        // Rendered here, in the user's language as this update left it (a /language choice counts at once).
        return ctx.Answer is { } answer ? (ctx.Render(answer.Text), answer.Alert) : null;
    }

    private static async Task ApplyFlowRequestsAsync(UpdateContext ctx, FlowRunner flows, CancellationToken ct)
    {
        if (ctx.FlowEnded)
        {
            await flows.EndAsync(ctx, ct);
        }

        // A flow's completion may open the next one; bounded in case two flows keep handing over to each other.
        for (var i = 0; i < 4 && ctx.FlowToStart is { } start; i++)
        {
            ctx.EndFlow();
            if (!start.Resume || !await flows.ResumeAsync(ctx, start.Flow, ct))
            {
                await flows.StartAsync(ctx, start.Flow, start.Draft, start.Step, ct);
            }
        }
    }

    /// <summary>
    /// Records the failed update as handled and queues an apology, so it is not retried forever. An edit (a live
    /// share moving by itself) gets no apology: the user did nothing, and a share sends one every few seconds.
    /// </summary>
    private async Task<(string Text, bool Alert)?> ApologiseAsync(Update update, UpdateSource source, CancellationToken ct)
    {
        var language = await unitOfWork.RunAsync("update", async (scope, token) =>
        {
            var chats = scope.Resolve<ChatStore>();
            var (recorded, chat) = await chats.EnterAsync(update.Id, source, clock.GetUtcNow(), token);
            if (recorded && source.ChatKind == ChatKind.Private && update.EditedMessage is null)
            {
                await scope.Resolve<OutboundWriter>().WriteAsync(source.ChatId, OutboundMessage.Of("kernel.error.sorry"), chat.Language, SendOptions.Default, token);
            }

            return chat.Language;
        }, ct);
        return (texts.Render("kernel.error.toast", language), false);
    }

    private async Task AnswerCallbackAsync(CallbackQuery? query, (string Text, bool Alert)? answer, CancellationToken ct)
    {
        if (query is null)
        {
            return;
        }

        try
        {
            await clients.Sender.AnswerCallbackQuery(query.Id, answer?.Text, answer?.Alert ?? false, cancellationToken: ct);
        }
        catch (Exception ex) when (ex is RequestException or HttpRequestException or TaskCanceledException)
        {
            // A late or repeated answer fails with 400 "query is too old"; the user's spinner has stopped anyway.
            logger.LogDebug(ex, "Callback {CallbackId} could not be answered", query.Id);
        }
    }
}
