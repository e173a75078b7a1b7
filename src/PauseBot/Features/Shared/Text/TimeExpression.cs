using System.Globalization;
using System.Text.RegularExpressions;
using PauseBot.Core.Scheduling;

namespace PauseBot.Features.Shared.Text;

/// <summary>
/// Parses the times users type after <c>--at</c>, <c>--until</c>, … into a UTC instant.
/// Semantics (case-insensitive; an optional <c>at</c> word is ignored, e.g. <c>tomorrow at 9am</c>):
/// <list type="bullet">
/// <item><c>now</c>; <c>in 30s|15m|2h|3d|1w</c>, <c>in 90 minutes</c>, <c>in 2 hours</c> — relative to now; <c>2h ago</c>,
/// <c>90m ago</c>, <c>3 days ago</c> — back from now.</item>
/// <item><c>2026-04-07</c> = 00:00 local; <c>2026-04-07 09:00[:ss]</c> / <c>…T09:00</c> = local to the zone;
/// a trailing <c>Z</c>, <c>UTC</c>, <c>+02:00</c>, <c>+0200</c> makes it absolute instead.</item>
/// <item><c>today HH:MM</c> (may be in the past — callers decide), <c>tomorrow [HH:MM]</c> (default 00:00),
/// <c>yesterday HH:MM</c> (always in the past).</item>
/// <item><c>&lt;weekday&gt; [HH:MM]</c>: the first such day whose instant is strictly after now — today if that
/// time is still ahead, otherwise next week. A bare weekday means 00:00 of that day (so never today).</item>
/// <item><c>HH:MM</c> alone: today if still ahead, otherwise tomorrow. 12-hour forms <c>9am</c>, <c>5:30pm</c>,
/// and <c>noon</c>/<c>midnight</c> work wherever HH:MM does; <c>9am tomorrow</c> order is fine too.</item>
/// </list>
/// Local times are resolved with <see cref="ZoneTime.ToUtc(DateTime, TimeZoneInfo)"/> (gap → shifted forward,
/// overlap → earlier instant). Explicit dates in the past are returned as-is; callers decide whether to reject.
/// </summary>
public static partial class TimeExpression
{
    public const string Examples = "Try `2026-04-07 09:00`, `tomorrow 09:00`, `friday 17:30` or `in 2h`.";

    private enum DayKind { None, Date, Yesterday, Today, Tomorrow, Weekday }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    public static TimeParseResult Parse(string? input, DateTimeOffset nowUtc, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var shown = Spaces().Replace((input ?? "").Trim(), " ");
        if (shown.Length == 0) return TimeParseResult.Fail($"Please give a time. {Examples}");
        var text = shown.ToLowerInvariant();
        if (text == "now") return TimeParseResult.Ok(nowUtc);
        if (text.StartsWith("in ", StringComparison.Ordinal))
        {
            return TimeWords.Duration(text[3..], out var span) switch
            {
                WordMatch.Yes => TimeParseResult.Ok(nowUtc + span),
                WordMatch.Invalid => TimeParseResult.Invalid(
                    $"`{shown}` isn't a usable amount of time — use a whole number above zero (under 10 years), e.g. `in 30m` or `in 2 hours`."),
                _ => Unrecognized(shown),
            };
        }
        if (text.EndsWith(" ago", StringComparison.Ordinal))
        {
            return TimeWords.Duration(text[..^4].TrimEnd(), out var span) switch
            {
                WordMatch.Yes => TimeParseResult.Ok(nowUtc - span),
                WordMatch.Invalid => TimeParseResult.Invalid(
                    $"`{shown}` isn't a usable amount of time — use a whole number above zero (under 10 years), e.g. `2h ago` or `90 minutes ago`."),
                _ => Unrecognized(shown),
            };
        }

        var day = DayKind.None;
        DateOnly date = default;
        DayOfWeek weekday = default;
        TimeOnly? time = null;
        TimeSpan? offset = null;
        string? invalid = null;
        foreach (var w in TimeTokens.Split(text))
        {
            WordMatch m;
            if (day == DayKind.None && w is "yesterday" or "today" or "tomorrow" or "tmrw")
                day = w switch { "yesterday" => DayKind.Yesterday, "today" => DayKind.Today, _ => DayKind.Tomorrow };
            else if (day == DayKind.None && TimeWords.TryWeekday(w, out weekday))
                day = DayKind.Weekday;
            else if (day == DayKind.None && (m = TimeWords.Date(w, out date)) != WordMatch.No)
                (day, invalid) = (DayKind.Date, invalid ?? (m == WordMatch.Invalid ? $"`{w}` isn't a real date." : null));
            else if (time is null && (m = TimeWords.Clock(w, out var t)) != WordMatch.No)
                (time, invalid) = (t, invalid ?? (m == WordMatch.Invalid
                    ? $"`{w}` isn't a valid time of day — use 24-hour `HH:MM` (00:00–23:59), `9am` or `5:30pm`." : null));
            else if (offset is null && (m = TimeWords.UtcOffset(w, out var o)) != WordMatch.No)
                (offset, invalid) = (o, invalid ?? (m == WordMatch.Invalid
                    ? $"`{w}` isn't a valid UTC offset — use e.g. `+02:00`, `-0500` or `Z`." : null));
            else
                return Unrecognized(shown);
        }

        if (invalid is not null) return TimeParseResult.Invalid(invalid);
        if (day == DayKind.None && time is null) return Unrecognized(shown);
        if (offset is TimeSpan off)
        {
            if (day != DayKind.Date || time is null)
                return TimeParseResult.Invalid(
                    "A UTC offset like `+02:00` only works with a full date and time, e.g. `2026-04-07 09:00+02:00`.");
            return TimeParseResult.Ok(new DateTimeOffset(date.ToDateTime(time.Value).Ticks - off.Ticks, TimeSpan.Zero));
        }

        var at = time ?? TimeOnly.MinValue;
        var today = ZoneTime.LocalDate(nowUtc, zone);
        return day switch
        {
            DayKind.Date => TimeParseResult.Ok(ZoneTime.ToUtc(date, at, zone)),
            DayKind.Yesterday when time is null => TimeParseResult.Invalid("`yesterday` needs a time, e.g. `yesterday 09:00`."),
            DayKind.Yesterday => TimeParseResult.Ok(ZoneTime.ToUtc(today.AddDays(-1), at, zone)),
            DayKind.Today when time is null => TimeParseResult.Invalid("`today` needs a time, e.g. `today 17:00`."),
            DayKind.Today => TimeParseResult.Ok(ZoneTime.ToUtc(today, at, zone)),
            DayKind.Tomorrow => TimeParseResult.Ok(ZoneTime.ToUtc(today.AddDays(1), at, zone)),
            DayKind.Weekday => TimeParseResult.Ok(FirstFuture(
                today.AddDays(((int)weekday - (int)today.DayOfWeek + 7) % 7), at, 7, nowUtc, zone)),
            _ => TimeParseResult.Ok(FirstFuture(today, at, 1, nowUtc, zone)),
        };
    }

    /// <summary>Plain-text rendering: <c>2026-04-07 09:00 +01:00</c> (or <c>… UTC</c> for UTC zones).
    /// The output parses back to the same instant (to the minute) with <see cref="Parse"/>.</summary>
    public static string Format(DateTimeOffset instant, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var text = ZoneTime.ToLocal(instant, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        if (zone.BaseUtcOffset == TimeSpan.Zero && !zone.SupportsDaylightSavingTime) return text + " UTC";
        var off = zone.GetUtcOffset(instant);
        var sign = off < TimeSpan.Zero ? '-' : '+';
        return string.Create(CultureInfo.InvariantCulture, $"{text} {sign}{Math.Abs(off.Hours):00}:{Math.Abs(off.Minutes):00}");
    }

    /// <summary>Whether the text has the shape of a time expression (valid or not); used by greedy flag readers.</summary>
    internal static bool Recognizes(string text)
    {
        var r = Parse(text, new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero), TimeZoneInfo.Utc);
        return r.IsSuccess || r.Recognized;
    }

    private static DateTimeOffset FirstFuture(DateOnly day, TimeOnly at, int stepDays, DateTimeOffset now, TimeZoneInfo zone)
    {
        var candidate = ZoneTime.ToUtc(day, at, zone);
        return candidate > now ? candidate : ZoneTime.ToUtc(day.AddDays(stepDays), at, zone);
    }

    private static TimeParseResult Unrecognized(string shown) =>
        TimeParseResult.Fail($"I couldn't read `{shown}` as a time. {Examples}");
}
