using System.Text.Json.Nodes;

namespace Pryton.Sandbox.Emulator;

/// <summary>One Bot API request as the emulator received it, with the moment (monotonic) and the answer given.</summary>
public sealed record RecordedCall(string Method, long? ChatId, JsonObject Body, TimeSpan At, int Status);
