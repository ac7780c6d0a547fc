namespace Pryton.Kernel.Bot;

public enum ChatKind
{
    Private,
    Group,
    Channel,
}
