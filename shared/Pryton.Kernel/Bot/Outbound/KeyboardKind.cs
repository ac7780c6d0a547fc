namespace Pryton.Kernel.Bot.Outbound;

public enum KeyboardKind
{
    Inline,
    Reply,
    Remove,
}
