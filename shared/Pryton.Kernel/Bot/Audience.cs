namespace Pryton.Kernel.Bot;

/// <summary>Who may reach a handler; checked centrally by the router, never with <c>if</c>s in handlers.</summary>
public enum Audience
{
    /// <summary>Anyone who writes to the bot, registered or not (<c>/start</c>, <c>/help</c>, <c>/language</c>).</summary>
    Anyone,

    /// <summary>A registered player who is not banned.</summary>
    Player,

    /// <summary>An admin (bootstrap from ADMIN_USER_IDS or granted in the bot).</summary>
    Admin,
}
