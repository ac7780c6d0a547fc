using System.Text.RegularExpressions;

namespace Pryton.Kernel.Bot;

/// <summary>
/// Routes a Telegram command (<c>/join</c>) to the handler class it decorates. The command is 1–32 characters of
/// <c>a-z</c>, <c>0-9</c> and <c>_</c>; a command claimed by two modules stops start-up.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed partial class BotCommandAttribute : Attribute
{
    public BotCommandAttribute(string command, Audience audience)
    {
        if (!CommandPattern().IsMatch(command))
        {
            throw new ArgumentException($"'{command}' is not a Telegram command: use 1-32 of a-z, 0-9 and _.", nameof(command));
        }

        Command = command;
        Audience = audience;
    }

    public string Command { get; }

    public Audience Audience { get; }

    [GeneratedRegex("^[a-z0-9_]{1,32}$")]
    private static partial Regex CommandPattern();
}
