using Pryton.Kernel.Common;

namespace Pryton.Kernel.Events;

/// <summary>Wakes the outbox dispatcher after a commit that wrote events.</summary>
internal sealed class OutboxSignal : WakeSignal;
