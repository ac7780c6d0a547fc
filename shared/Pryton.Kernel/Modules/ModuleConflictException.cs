namespace Pryton.Kernel.Modules;

/// <summary>Two modules claim the same schema, command or callback prefix; start-up stops with both names.</summary>
public sealed class ModuleConflictException(string message) : Exception(message);
