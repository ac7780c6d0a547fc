using System.Text.Json;
using Autofac;
using Pryton.Kernel.Bot.Routing;

namespace Pryton.Kernel.Bot.Conversations;

/// <summary>Drives conversation flows: starts them, feeds them answers, stores step and draft, asks the next question.</summary>
internal sealed class FlowRunner(RouteTable routes, ConversationStore store, ILifetimeScope scope)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task StartAsync(UpdateContext ctx, Type flowType, object draft, string? step, CancellationToken ct)
    {
        var route = routes.FlowOf(flowType);
        var flow = (IConversationFlow)scope.Resolve(flowType);
        var first = step ?? flow.FirstStep;
        await SaveAsync(ctx, route, flow, first, draft, ct);
        await flow.AskAsync(first, draft, ctx, ct);
    }

    /// <summary>Asks the open conversation's current question again, when it is of <paramref name="flowType"/>.</summary>
    public async Task<bool> ResumeAsync(UpdateContext ctx, Type flowType, CancellationToken ct)
    {
        var route = routes.FlowOf(flowType);
        if (await store.LoadAsync(ctx.ChatId, ct) is not { } open || open.Module != route.Module || open.Flow != route.Name || open.ExpiresAt <= ctx.Now)
        {
            return false;
        }

        var flow = (IConversationFlow)scope.Resolve(flowType);
        await flow.AskAsync(open.Step, JsonSerializer.Deserialize(open.Data, flow.DraftType, Json)!, ctx, ct);
        return true;
    }

    /// <summary>Feeds the update to the open conversation. Returns false when its flow no longer exists.</summary>
    public async Task<bool> ContinueAsync(UpdateContext ctx, Conversation conversation, CancellationToken ct)
    {
        if (routes.Flow(conversation.Module, conversation.Flow) is not { } route)
        {
            await store.DeleteAsync(ctx.ChatId, ct);
            return false;
        }

        var flow = (IConversationFlow)scope.Resolve(route.Handler);
        var draft = JsonSerializer.Deserialize(conversation.Data, flow.DraftType, Json)!;
        var result = await flow.HandleAsync(conversation.Step, draft, ctx, ct);
        switch (result.Outcome)
        {
            case StepOutcome.Next:
                await SaveAsync(ctx, route, flow, result.NextStep!, result.Draft!, ct);
                await flow.AskAsync(result.NextStep!, result.Draft!, ctx, ct);
                break;
            case StepOutcome.Stay:
                ctx.Reply(result.Message!);
                await SaveAsync(ctx, route, flow, conversation.Step, draft, ct);
                await flow.AskAsync(conversation.Step, draft, ctx, ct);
                break;
            case StepOutcome.Done:
                await store.DeleteAsync(ctx.ChatId, ct);
                await flow.CompleteAsync(result.Draft!, ctx, ct);
                break;
            case StepOutcome.Abort:
                await store.DeleteAsync(ctx.ChatId, ct);
                ctx.Reply(result.Message!);
                break;
        }

        return true;
    }

    /// <summary>Leaves the open conversation (<c>/cancel</c>); returns false when there was none.</summary>
    public async Task<bool> CancelAsync(UpdateContext ctx, CancellationToken ct)
    {
        if (await store.LoadAsync(ctx.ChatId, ct) is not { } conversation)
        {
            return false;
        }

        await store.DeleteAsync(ctx.ChatId, ct);
        if (routes.Flow(conversation.Module, conversation.Flow) is { } route)
        {
            var flow = (IConversationFlow)scope.Resolve(route.Handler);
            flow.Cancelled(JsonSerializer.Deserialize(conversation.Data, flow.DraftType, Json)!, ctx);
        }

        return true;
    }

    public Task EndAsync(UpdateContext ctx, CancellationToken ct) => store.DeleteAsync(ctx.ChatId, ct);

    private Task SaveAsync(UpdateContext ctx, Route route, IConversationFlow flow, string step, object draft, CancellationToken ct) =>
        store.SaveAsync(ctx.ChatId, route.Module, route.Name, step, JsonSerializer.Serialize(draft, flow.DraftType, Json), ctx.Now, ctx.Now + flow.Lifetime, ct);
}
