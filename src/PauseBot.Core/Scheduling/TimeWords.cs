using System.Globalization;
using System.Text.RegularExpressions;

namespace PauseBot.Core.Scheduling;

/// <summary>Outcome of matching one word: not this kind of word, this kind but invalid, or valid.</summary>
public enum WordMatch { No, Invalid, Yes }

/// <summary>Shared low-level readers for the time vocabulary (input must already be lower-case).</summary>
public static partial class TimeWords
{
    private static readonly Dictionary<string, DayOfWeek> Weekdays = new(StringComparer.Ordinal)
    {
        ["monday"] = DayOfWeek.Monday, ["mon"] = DayOfWeek.Monday,
        ["tuesday"] = DayOfWeek.Tuesday, ["tue"] = DayOfWeek.Tuesday, ["tues"] = DayOfWeek.Tuesday,
        ["wednesday"] = DayOfWeek.Wednesday, ["wed"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday, ["thu"] = DayOfWeek.Thursday, ["thur"] = DayOfWeek.Thursday,
        ["thurs"] = DayOfWeek.Thursday,
        ["friday"] = DayOfWeek.Friday, ["fri"] = DayOfWeek.Friday,
        ["saturday"] = DayOfWeek.Saturday, ["sat"] = DayOfWeek.Saturday,
        ["sunday"] = DayOfWeek.Sunday, ["sun"] = DayOfWeek.Sunday,
    };

    private static readonly Dictionary<string, TimeSpan> Units = new(StringComparer.Ordinal)
    {
        ["s"] = TimeSpan.FromSeconds(1), ["sec"] = TimeSpan.FromSeconds(1), ["secs"] = TimeSpan.FromSeconds(1),
        ["second"] = TimeSpan.FromSeconds(1), ["seconds"] = TimeSpan.FromSeconds(1),
        ["m"] = TimeSpan.FromMinutes(1), ["min"] = TimeSpan.FromMinutes(1), ["mins"] = TimeSpan.FromMinutes(1),
        ["minute"] = TimeSpan.FromMinutes(1), ["minutes"] = TimeSpan.FromMinutes(1),
        ["h"] = TimeSpan.FromHours(1), ["hr"] = TimeSpan.FromHours(1), ["hrs"] = TimeSpan.FromHours(1),
        ["hour"] = TimeSpan.FromHours(1), ["hours"] = TimeSpan.FromHours(1),
        ["d"] = TimeSpan.FromDays(1), ["day"] = TimeSpan.FromDays(1), ["days"] = TimeSpan.FromDays(1),
        ["w"] = TimeSpan.FromDays(7), ["wk"] = TimeSpan.FromDays(7), ["wks"] = TimeSpan.FromDays(7),
        ["week"] = TimeSpan.FromDays(7), ["weeks"] = TimeSpan.FromDays(7),
    };

    [GeneratedRegex(@"^(\d{1,2}):(\d{2})(?::(\d{2}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Clock24();

    [GeneratedRegex(@"^(\d{1,2})(?::(\d{2}))?(am|pm)$", RegexOptions.CultureInvariant)]
    private static partial Regex Clock12();

    [GeneratedRegex(@"^(\d{4})-(\d{1,2})-(\d{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^(?:z|utc|([+-])(\d{2}):?(\d{2})?)$", RegexOptions.CultureInvariant)]
    private static partial Regex Offset();

    [GeneratedRegex(@"^(\d{1,9})\s*([a-z]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Amount();

    public static bool TryWeekday(string word, out DayOfWeek day) => Weekdays.TryGetValue(word, out day);

    /// <summary>Monday-first ordering key (Mon = 0 … Sun = 6).</summary>
    public static int MondayFirst(DayOfWeek day) => ((int)day + 6) % 7;

    public static string ShortName(DayOfWeek day) => day.ToString()[..3].ToLowerInvariant();

    /// <summary><c>HH:MM[:SS]</c> (24-hour), <c>9am</c>, <c>5:30pm</c>, <c>noon</c>, <c>midnight</c>.</summary>
    public static WordMatch Clock(string word, out TimeOnly time)
    {
        time = default;
        if (word is "noon" or "midnight")
        {
            time = word == "noon" ? new TimeOnly(12, 0) : TimeOnly.MinValue;
            return WordMatch.Yes;
        }

        var m = Clock24().Match(word);
        if (m.Success)
        {
            int h = Int(m.Groups[1]), min = Int(m.Groups[2]), s = m.Groups[3].Success ? Int(m.Groups[3]) : 0;
            if (h > 23 || min > 59 || s > 59) return WordMatch.Invalid;
            time = new TimeOnly(h, min, s);
            return WordMatch.Yes;
        }

        m = Clock12().Match(word);
        if (!m.Success) return WordMatch.No;
        int hour = Int(m.Groups[1]), minute = m.Groups[2].Success ? Int(m.Groups[2]) : 0;
        if (hour is < 1 or > 12 || minute > 59) return WordMatch.Invalid;
        time = new TimeOnly(hour % 12 + (m.Groups[3].Value == "pm" ? 12 : 0), minute);
        return WordMatch.Yes;
    }

    /// <summary><c>2026-04-07</c> (month and day may be 1 or 2 digits).</summary>
    public static WordMatch Date(string word, out DateOnly date)
    {
        date = default;
        var m = IsoDate().Match(word);
        if (!m.Success) return WordMatch.No;
        int y = Int(m.Groups[1]), mo = Int(m.Groups[2]), d = Int(m.Groups[3]);
        if (y < 1 || mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo)) return WordMatch.Invalid;
        date = new DateOnly(y, mo, d);
        return WordMatch.Yes;
    }

    /// <summary><c>z</c>, <c>utc</c>, <c>+02</c>, <c>+0200</c>, <c>+02:00</c>, <c>-05:30</c> (at most ±14:00).</summary>
    public static WordMatch UtcOffset(string word, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        var m = Offset().Match(word);
        if (!m.Success) return WordMatch.No;
        if (!m.Groups[1].Success) return WordMatch.Yes;
        int h = Int(m.Groups[2]), min = m.Groups[3].Success ? Int(m.Groups[3]) : 0;
        if (min > 59 || h * 60 + min > 14 * 60) return WordMatch.Invalid;
        offset = new TimeSpan(h, min, 0) * (m.Groups[1].Value == "-" ? -1 : 1);
        return WordMatch.Yes;
    }

    /// <summary>An amount of time: <c>30s</c>, <c>15m</c>, <c>2h</c>, <c>3d</c>, <c>1w</c>, <c>90 minutes</c>.</summary>
    public static WordMatch Duration(string text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        var m = Amount().Match(text);
        if (!m.Success || !Units.TryGetValue(m.Groups[2].Value, out var unit)) return WordMatch.No;
        var amount = long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        if (amount == 0 || amount > TimeSpan.FromDays(3660).Ticks / unit.Ticks) return WordMatch.Invalid;
        duration = TimeSpan.FromTicks(unit.Ticks * amount);
        return WordMatch.Yes;
    }

    private static int Int(Group g) => int.Parse(g.Value, CultureInfo.InvariantCulture);
}
