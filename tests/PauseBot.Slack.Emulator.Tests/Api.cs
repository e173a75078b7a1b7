using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using PauseBot.Slack.Emulator;

namespace PauseBot.Slack.Emulator.Tests;

/// <summary>A Web API answer as a plain client sees it.</summary>
public sealed record ApiAnswer(HttpStatusCode Status, JsonObject? Json, string Body, HttpResponseMessage Response)
{
    public bool Ok => Json?["ok"]?.GetValue<bool>() == true;
    public string? Error => Json?["error"]?.GetValue<string>();
    public string? Str(string name) => Json?[name]?.GetValue<string>();
}

/// <summary>Plain-HttpClient helpers (no PauseBot client involved).</summary>
public static class Api
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static Task<SlackEmulator> StartAsync(SlackEmulatorOptions? options = null) => SlackEmulator.StartAsync(options, Ct);

    public static async Task<ApiAnswer> PostJsonAsync(HttpClient http, string method, object args)
    {
        using var content = JsonContent.Create(args);
        return await ReadAsync(await http.PostAsync(method, content, Ct));
    }

    public static async Task<ApiAnswer> PostFormAsync(HttpClient http, string method, params (string Name, string Value)[] fields)
    {
        using var content = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        return await ReadAsync(await http.PostAsync(method, content, Ct));
    }

    public static async Task<ApiAnswer> PostRawAsync(HttpClient http, string method, string body, string contentType)
    {
        using var content = new StringContent(body, Encoding.UTF8, contentType);
        return await ReadAsync(await http.PostAsync(method, content, Ct));
    }

    public static async Task<ApiAnswer> PostToAsync(HttpClient http, string absoluteUrl, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        return await ReadAsync(await http.PostAsync(new Uri(absoluteUrl), content, Ct));
    }

    private static async Task<ApiAnswer> ReadAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        JsonObject? json = null;
        if (response.Content.Headers.ContentType?.MediaType == "application/json") json = JsonNode.Parse(body) as JsonObject;
        return new ApiAnswer(response.StatusCode, json, body, response);
    }
}
