using Pryton.Kernel.Common;

namespace Pryton.Kernel.Bot.Outbound;

/// <summary>Wakes the outbound sender after a commit that queued messages.</summary>
internal sealed class OutboundSignal : WakeSignal;
