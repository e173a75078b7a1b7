using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Polly.Timeout;

namespace PauseBot.TimeTracking.Http;

/// <summary>What a tracker answered: its status, body and headers (for paging).</summary>
internal sealed record TrackerAnswer(int StatusCode, byte[] Body, HttpResponseHeaders Headers);

/// <summary>Words a vendor client uses for a failure: what failed, the HTTP status, and the vendor's own message if any.</summary>
internal delegate string DescribeFailure(TrackerFailureKind kind, int? statusCode, string? vendorMessage);

/// <summary>
/// Sends one call to a tracker and turns the answer into a value or a <see cref="TrackerFailure"/>: 401, 403, 404, other 4xx,
/// and transient (5xx/408/429, timeouts, no connection: what is left after the resilience handler's retries). Only the
/// caller's cancellation throws. Logs the operation and status only, never headers or bodies.
/// </summary>
internal sealed class TrackerHttp(HttpClient http, TrackerKind tracker, ILogger log)
{
    public TrackerKind Tracker => tracker;

    public async Task<TrackerResult<TrackerAnswer>> SendAsync(
        HttpMethod method, Uri url, Action<HttpRequestHeaders> authorize, string operation, DescribeFailure describe,
        CancellationToken ct, HttpContent? content = null, params int[] alsoAccepted)
    {
        using var request = new HttpRequestMessage(method, url) { Content = content };
        authorize(request.Headers);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        // Every call here is safe to repeat: reads, setting a flag, stopping a timer (a second stop is answered as stopped).
        request.Options.Set(TrackerResilience.Idempotent, true);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException
                                   || (ex is OperationCanceledException && !ct.IsCancellationRequested))
        {
            return Fail(TrackerFailureKind.Transient, null, operation, describe, null);
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            var body = await response.Content.ReadAsByteArrayAsync(ct);
            if (response.IsSuccessStatusCode || alsoAccepted.Contains(status))
            {
                Log.Answered(log, tracker, operation, status);
                return TrackerResult<TrackerAnswer>.Success(new TrackerAnswer(status, body, response.Headers));
            }
            var kind = status switch
            {
                401 => TrackerFailureKind.Unauthorized,
                403 => TrackerFailureKind.Forbidden,
                404 => TrackerFailureKind.NotFound,
                408 or 429 or >= 500 => TrackerFailureKind.Transient,
                _ => TrackerFailureKind.Rejected,
            };
            return Fail(kind, status, operation, describe, VendorMessage(body));
        }
    }

    /// <summary>Sends, then reads the JSON answer as <typeparamref name="T"/>; an unreadable 2xx body is a transient failure.</summary>
    public async Task<TrackerResult<T>> SendJsonAsync<T>(
        HttpMethod method, Uri url, Action<HttpRequestHeaders> authorize, string operation, DescribeFailure describe,
        JsonSerializerOptions json, CancellationToken ct, HttpContent? content = null)
    {
        var answer = await SendAsync(method, url, authorize, operation, describe, ct, content);
        if (!answer.IsSuccess) return answer.Failure;
        return Read<T>(answer.Value, json, operation, describe);
    }

    public TrackerResult<T> Read<T>(TrackerAnswer answer, JsonSerializerOptions json, string operation, DescribeFailure describe)
    {
        try
        {
            if (JsonSerializer.Deserialize<T>(answer.Body, json) is { } value)
                return TrackerResult<T>.Success(value);
        }
        catch (JsonException)
        {
        }
        Log.Unreadable(log, tracker, operation);
        return new TrackerFailure(tracker, TrackerFailureKind.Transient, answer.StatusCode,
            describe(TrackerFailureKind.Transient, answer.StatusCode, "the answer was not the JSON its API documents"));
    }

    public static JsonContent Json<T>(T body, JsonSerializerOptions json) => JsonContent.Create(body, options: json);

    private TrackerFailure Fail(TrackerFailureKind kind, int? status, string operation, DescribeFailure describe, string? vendorMessage)
    {
        Log.Failed(log, tracker, operation, kind, status);
        return new TrackerFailure(tracker, kind, status, describe(kind, status, vendorMessage));
    }

    /// <summary>The vendor's own short explanation from an error body (<c>message</c>, <c>error_description</c>, <c>error</c>, or a JSON string), if any.</summary>
    internal static string? VendorMessage(byte[] body)
    {
        if (body.Length == 0) return null;
        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            string? text = root.ValueKind switch
            {
                JsonValueKind.String => root.GetString(),
                JsonValueKind.Object => First(root, "message", "error_description", "error"),
                _ => null,
            };
            return Shorten(text);
        }
        catch (JsonException)
        {
            var text = System.Text.Encoding.UTF8.GetString(body).Trim();
            return text.StartsWith('<') ? null : Shorten(text);
        }
    }

    private static string? First(JsonElement obj, params string[] names)
    {
        foreach (var name in names)
            if (obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } s)
                return s;
        return null;
    }

    private static string? Shorten(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Length <= 200 ? text.Trim() : text[..200].Trim() + "…";
}
