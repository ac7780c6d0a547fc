namespace Pryton.Kernel.Events;

internal sealed record OutboxRow(Guid Id, long Seq, string EventType, string Payload, int Attempts);
