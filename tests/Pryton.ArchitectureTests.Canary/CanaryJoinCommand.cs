using Pryton.Kernel.Bot;

namespace Pryton.ArchitectureTests.Canary;

/// <summary>Claims /join, so a catalog with another claimant of /join must refuse to start.</summary>
[BotCommand("join", Audience.Player)]
public sealed class CanaryJoinCommand;
