using System.Text.Json.Nodes;

namespace Pryton.Sandbox.Emulator;

/// <summary>A Bot API answer: <c>{"ok":true,"result":…}</c> or an error with its code and parameters.</summary>
internal sealed record ApiResult(int Status, JsonNode? Result, string? Description = null, int? RetryAfter = null)
{
    public static ApiResult Ok(JsonNode? result) => new(200, result ?? JsonValue.Create(true));

    public static ApiResult Error(int status, string description, int? retryAfter = null) => new(status, null, description, retryAfter);

    public JsonObject ToJson()
    {
        if (Status == 200)
        {
            return new JsonObject { ["ok"] = true, ["result"] = Result?.DeepClone() };
        }

        var error = new JsonObject { ["ok"] = false, ["error_code"] = Status, ["description"] = Description };
        if (RetryAfter is { } retry)
        {
            error["parameters"] = new JsonObject { ["retry_after"] = retry };
        }

        return error;
    }
}
