namespace Pryton.Kernel.Bot;

/// <summary>
/// Routes callback data <c>&lt;module key&gt;:&lt;action&gt;[:args]</c> to the handler class it decorates; the module key is
/// added by the kernel. Arguments come back as <see cref="UpdateContext.CallbackArgs"/> and are never trusted.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class BotCallbackAttribute(string action, Audience audience) : Attribute
{
    public string Action { get; } = action;

    public Audience Audience { get; } = audience;
}
