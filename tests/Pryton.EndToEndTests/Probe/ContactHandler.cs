using Pryton.Kernel.Bot;
using Pryton.Kernel.Texts;

namespace Pryton.EndToEndTests.Probe;

/// <summary>Owns contacts: only the sender's own number counts.</summary>
[BotMessage(MessageKind.Contact, Audience.Anyone)]
internal sealed class ContactHandler : IMessageHandler
{
    public Task HandleAsync(UpdateContext ctx, CancellationToken ct)
    {
        ctx.Reply(ctx.Contact!.UserId == ctx.UserId ? TextRef.Of("probe.own-contact", new { phone = ctx.Contact.PhoneNumber }) : "probe.foreign-contact");
        return Task.CompletedTask;
    }
}
