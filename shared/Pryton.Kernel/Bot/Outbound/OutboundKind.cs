namespace Pryton.Kernel.Bot.Outbound;

public enum OutboundKind
{
    Text,
    EditText,
    EditKeyboard,
    Delete,
    Photo,
    Location,
    Album,
    Document,
}
