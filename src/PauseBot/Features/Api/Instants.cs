using System.Globalization;
using System.Text.RegularExpressions;

namespace PauseBot.Features.Api;

/// <summary>Reads the instants and dates API callers send: ISO-8601 with an explicit offset (or <c>Z</c>), or a bare UTC date.</summary>
public static partial class Instants
{
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:?\d{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex IsoInstant();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoDate();

    /// <summary>An instant such as <c>2026-04-07T09:00:00Z</c> or <c>2026-04-07T11:00+02:00</c>; null if it isn't one.</summary>
    public static DateTimeOffset? ParseInstant(string? text) =>
        text is not null && IsoInstant().IsMatch(text)
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? at.ToUniversalTime() : null;

    /// <summary>An instant, or a date (<c>2026-04-07</c> = 00:00 UTC that day); null if neither.</summary>
    public static DateTimeOffset? ParseInstantOrDate(string? text) =>
        ParseInstant(text) ?? (text is not null && IsoDate().IsMatch(text)
            && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null);

    /// <summary>UTC ISO-8601 to the second: <c>2026-04-07T09:00:00Z</c>.</summary>
    public static string Format(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
