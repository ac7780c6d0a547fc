namespace Pryton.Kernel.Bot.Routing;

/// <summary>Where an update goes: the handler type, who may use it, and the module that owns it.</summary>
internal sealed record Route(Type Handler, Audience Audience, string Module, string Name);
