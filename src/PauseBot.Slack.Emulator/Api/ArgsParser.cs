using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace PauseBot.Slack.Emulator;

/// <summary>A Web API request's arguments: what the method sees, what was sent, and how.</summary>
internal sealed record ParsedArgs(JsonObject Args, JsonObject Sent, CallTransport Transport, string? Error, bool JsonBodyIgnored);

/// <summary>
/// Reads Web API arguments from query, form or JSON body into one JSON object (blocks/view/attachments/metadata parsed).
/// A JSON body to a method whose reference does not support JSON input is ignored, as Slack ignores it: its arguments
/// appear missing.
/// </summary>
internal static class ArgsParser
{
    private const int MaxBodyBytes = 4 * 1024 * 1024;
    private static readonly string[] JsonFields = ["blocks", "attachments", "view", "metadata"];

    public static async Task<ParsedArgs> ParseAsync(HttpRequest request, bool jsonInputSupported, CancellationToken ct)
    {
        var args = new JsonObject();
        foreach (var (key, value) in request.Query) args[key] = value.ToString();
        var sent = (JsonObject)args.DeepClone();
        string? error = null;
        var transport = HttpMethods.IsGet(request.Method) || request.Query.Count > 0 ? CallTransport.Query : CallTransport.None;
        var ignored = false;
        if (HttpMethods.IsPost(request.Method))
        {
            var body = await ReadBodyAsync(request, ct).ConfigureAwait(false);
            var contentType = request.ContentType ?? "";
            var looksJson = contentType.Contains("json", StringComparison.OrdinalIgnoreCase)
                || (!contentType.Contains("form", StringComparison.OrdinalIgnoreCase) && body.TrimStart().StartsWith('{'));
            if (string.IsNullOrWhiteSpace(body)) { }
            else if (looksJson)
            {
                transport = CallTransport.Json;
                var target = jsonInputSupported ? args : new JsonObject();
                error = MergeJson(target, body);
                MergeJson(sent, body);
                ignored = !jsonInputSupported;
                if (ignored) error = null;
            }
            else
            {
                transport = CallTransport.Form;
                foreach (var (key, value) in QueryHelpers.ParseQuery(body))
                {
                    args[key] = value.ToString();
                    sent[key] = value.ToString();
                }
            }
        }

        ParseJsonFields(args);
        ParseJsonFields(sent);
        return new ParsedArgs(args, sent, transport, error, ignored);
    }

    private static void ParseJsonFields(JsonObject args)
    {
        foreach (var field in JsonFields)
        {
            if (args[field] is JsonValue v && v.TryGetValue<string>(out var s) && s.TrimStart() is ['[' or '{', ..])
            {
                try { args[field] = JsonNode.Parse(s); }
                catch (JsonException) { /* keep the string; the handler reports the format error */ }
            }
        }
    }

    private static string? MergeJson(JsonObject args, string body)
    {
        JsonNode? node;
        try { node = JsonNode.Parse(body); }
        catch (JsonException) { return "invalid_json"; }
        if (node is not JsonObject obj) return "json_not_object";
        foreach (var (key, value) in obj.ToList())
        {
            obj.Remove(key);
            args[key] = value;
        }

        return null;
    }

    private static async Task<string> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes) throw new BadHttpRequestException("Body too large", StatusCodes.Status413PayloadTooLarge);
            buffer.Write(chunk, 0, read);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
