using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Pryton.Sandbox.Emulator;

/// <summary>Reads a Bot API request as JSON whatever its form: a JSON body, a multipart upload, or query parameters.</summary>
internal static class RequestBody
{
    public static async Task<JsonObject> ReadAsync(HttpRequest request)
    {
        var body = new JsonObject();
        foreach (var (key, value) in request.Query)
        {
            body[key] = Value(value.ToString());
        }

        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            foreach (var (key, value) in form)
            {
                body[key] = Value(value.ToString());
            }

            foreach (var file in form.Files)
            {
                using var stream = new MemoryStream();
                await file.CopyToAsync(stream);
                body["__file_name"] = file.FileName;
                body["__file_base64"] = Convert.ToBase64String(stream.ToArray());
            }
        }
        else if (request.ContentLength is null or > 0)
        {
            using var reader = new StreamReader(request.Body);
            var text = await reader.ReadToEndAsync();
            if (text.Length > 0 && JsonNode.Parse(text) is JsonObject json)
            {
                foreach (var (key, value) in json.ToList())
                {
                    json.Remove(key);
                    body[key] = value;
                }
            }
        }

        return body;
    }

    // Multipart fields carry JSON (reply_markup, media) as strings; numbers and booleans as text.
    private static JsonNode? Value(string text) =>
        text.StartsWith('{') || text.StartsWith('[') ? JsonNode.Parse(text)
        : long.TryParse(text, out var number) ? JsonValue.Create(number)
        : bool.TryParse(text, out var flag) ? JsonValue.Create(flag)
        : JsonValue.Create(text);
}
