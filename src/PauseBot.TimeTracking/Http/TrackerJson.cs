using System.Text.Json;
using System.Text.Json.Serialization;

namespace PauseBot.TimeTracking.Http;

/// <summary>JSON settings per vendor: Harvest and Toggl use snake_case, Clockify camelCase; nulls are not sent.</summary>
internal static class TrackerJson
{
    public static readonly JsonSerializerOptions SnakeCase = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };

    public static readonly JsonSerializerOptions CamelCase = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>A base URL with exactly one trailing slash, so relative paths keep its own path (<c>…/api/</c> + <c>v1/…</c>).</summary>
    public static Uri Root(Uri baseUrl) => baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");

    /// <summary>Hours as a decimal rounded to hundredths (1 h 30 min = 1.5).</summary>
    public static decimal Hours(TimeSpan duration) => Math.Round((decimal)duration.TotalSeconds / 3600m, 2, MidpointRounding.AwayFromZero);
}
