namespace Pryton.Host.Configuration;

/// <summary>A setting is missing or malformed; the message tells the operator what to write instead.</summary>
public sealed class SettingsException(string message) : Exception(message);
