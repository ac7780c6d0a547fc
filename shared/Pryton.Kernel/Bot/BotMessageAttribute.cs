namespace Pryton.Kernel.Bot;

/// <summary>Makes the decorated handler the owner of a kind of message outside any conversation.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class BotMessageAttribute(MessageKind kind, Audience audience) : Attribute
{
    public MessageKind Kind { get; } = kind;

    public Audience Audience { get; } = audience;
}
