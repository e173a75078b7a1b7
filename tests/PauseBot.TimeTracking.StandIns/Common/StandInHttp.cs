using System.Text.Json;
using System.Text.Json.Nodes;

namespace PauseBot.TimeTracking.StandIns;

/// <summary>One request as a stand-in's handler sees it.</summary>
public sealed record StandInRequest(
    string Method, string Path, IReadOnlyList<string> Segments, IReadOnlyDictionary<string, string> Query,
    IReadOnlyDictionary<string, string> Headers, string Body)
{
    /// <summary>A query parameter, or null.</summary>
    public string? Q(string name) => Query.TryGetValue(name, out var value) ? value : null;

    /// <summary>A header, or null (case-insensitive).</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    /// <summary>The body as a JSON object, or null when it is empty or not a JSON object.</summary>
    public JsonObject? JsonBody()
    {
        try { return string.IsNullOrWhiteSpace(Body) ? null : JsonNode.Parse(Body) as JsonObject; }
        catch (JsonException) { return null; }
    }
}

/// <summary>A stand-in's answer: status, body (JSON unless it starts with <c>&lt;</c>), extra headers.</summary>
public sealed record StandInResponse(int Status, string Body, IReadOnlyDictionary<string, string>? Headers = null)
{
    public static StandInResponse Json(object? value, JsonSerializerOptions options, int status = 200,
        IReadOnlyDictionary<string, string>? headers = null) =>
        new(status, JsonSerializer.Serialize(value, options), headers);

    /// <summary>An HTML error page, as proxies and load balancers send for 5xx.</summary>
    public static StandInResponse Page(int status) =>
        new(status, $"<html><body><h1>{status}</h1>Service unavailable</body></html>");
}

/// <summary>JSON settings of the stand-ins: snake_case (Harvest, Toggl) or camelCase (Clockify).</summary>
public static class StandInJson
{
    public static readonly JsonSerializerOptions SnakeCase = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
    public static readonly JsonSerializerOptions CamelCase = new(JsonSerializerDefaults.Web);
}
