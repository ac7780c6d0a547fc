namespace Pryton.Kernel.Alerts;

/// <summary>One alert of an Alertmanager webhook (version 4 payload), as far as the relay reads it.</summary>
public sealed record AlertmanagerAlert(string Status, string Fingerprint, IReadOnlyDictionary<string, string> Labels, IReadOnlyDictionary<string, string> Annotations);
