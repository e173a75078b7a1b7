using System.Text.RegularExpressions;
using PauseBot.Core.Text;

namespace PauseBot.Core.Scheduling;

/// <summary>Text → <see cref="ScheduleSpec"/>; grammar documented on <see cref="ScheduleSpec"/>.</summary>
internal static partial class ScheduleSpecParser
{
    private const string Examples = "Try `daily 09:00`, `weekdays 09:00,17:00`, `every monday 10:00` or `every 4h`.";
    private const int MaxTimesPerDay = 24;

    private static readonly DayOfWeek[] AllDays = Enum.GetValues<DayOfWeek>();

    private static readonly DayOfWeek[] WorkDays =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\s*,\s*")]
    private static partial Regex Commas();

    public static ScheduleSpecResult Parse(string? text)
    {
        var shown = Spaces().Replace((text ?? "").Trim(), " ");
        if (shown.Length == 0) return ScheduleSpecResult.Fail($"Tell me when to post updates. {Examples}");
        var words = Commas().Replace(shown.ToLowerInvariant(), ",").Split(' ').Where(w => w is not ("at" or "on")).ToList();
        if (words is ["every", "day", ..]) words = ["daily", .. words[2..]];
        else if (words is ["every", "weekday" or "weekdays", ..]) words = ["weekdays", .. words[2..]];
        else if (words is ["weekly", ..]) words[0] = "every";

        switch (words)
        {
            case ["daily", ..]:
                return WallClock(ScheduleKind.Daily, AllDays, words[1..], "daily 09:00");
            case ["weekdays", ..]:
                return WallClock(ScheduleKind.Weekdays, WorkDays, words[1..], "weekdays 09:00,17:00");
            case ["every", var second, ..]:
                var interval = TimeWords.Duration(words.Count == 2 && second == "hour" ? "1h" : string.Join(' ', words[1..]), out var step);
                if (interval != WordMatch.No) return Interval(interval, step, shown);
                if (!second.Split(',').All(d => TimeWords.TryWeekday(d, out _)) && TimeWords.Clock(second, out _) != WordMatch.No)
                    return ScheduleSpecResult.Fail($"`{shown}` is missing the day. Did you mean `daily {second}` or `every monday {second}`?");
                return Weekly(second, words[2..]);
            default:
                return ScheduleSpecResult.Fail($"I couldn't read `{shown}` as a schedule. {Examples}");
        }
    }

    private static ScheduleSpecResult Weekly(string dayList, List<string> timeWords)
    {
        var days = new List<DayOfWeek>();
        foreach (var word in dayList.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!TimeWords.TryWeekday(word, out var day))
                return ScheduleSpecResult.Fail($"`{word}` isn't a day of the week — use e.g. `monday` or `mon`, as in `every mon,thu 10:00`.");
            days.Add(day);
        }

        if (days.Count == 0) return ScheduleSpecResult.Fail($"Which day? e.g. `every monday 10:00`. {Examples}");
        return WallClock(ScheduleKind.Weekly, days, timeWords, "every monday 10:00");
    }

    private static ScheduleSpecResult WallClock(ScheduleKind kind, IEnumerable<DayOfWeek> days, List<string> timeWords, string example)
    {
        var pieces = TimeTokens.Split(string.Join(' ', timeWords))
            .SelectMany(w => w.Split(',', StringSplitOptions.RemoveEmptyEntries)).ToList();
        if (pieces.Count == 0) return ScheduleSpecResult.Fail($"Please add a time, e.g. `{example}`.");
        var times = new List<TimeOnly>();
        foreach (var piece in pieces)
        {
            var match = TimeWords.Clock(piece, out var time);
            if (match == WordMatch.No)
                return ScheduleSpecResult.Fail($"`{piece}` isn't a time — use 24-hour `HH:MM` (comma-separated for several), e.g. `{example}`.");
            if (match == WordMatch.Invalid)
                return ScheduleSpecResult.Fail($"`{piece}` isn't a valid time of day — use `00:00`–`23:59`, e.g. `{example}`.");
            if (time.Second != 0)
                return ScheduleSpecResult.Fail($"Schedules work to the minute — drop the seconds from `{piece}`.");
            times.Add(time);
        }

        if (times.Distinct().Count() > MaxTimesPerDay)
            return ScheduleSpecResult.Fail($"That's more than {MaxTimesPerDay} updates a day — for frequent updates use an interval like `every 30m`.");
        return ScheduleSpecResult.Ok(new ScheduleSpec(kind, times, days, null));
    }

    private static ScheduleSpecResult Interval(WordMatch match, TimeSpan step, string shown)
    {
        if (match == WordMatch.Invalid)
            return ScheduleSpecResult.Fail($"`{shown}` isn't a usable interval — use a whole number above zero, e.g. `every 30m` or `every 4h`.");
        if (step.Ticks % TimeSpan.TicksPerMinute != 0)
            return ScheduleSpecResult.Fail($"`{shown}` isn't a whole number of minutes — use e.g. `every 30m` or `every 4h`.");
        if (step < ScheduleSpec.MinInterval)
            return ScheduleSpecResult.Fail($"`{shown}` is too often — the shortest interval is 15 minutes (`every 15m`).");
        if (step > ScheduleSpec.MaxInterval)
            return ScheduleSpecResult.Fail($"`{shown}` is too long — the longest interval is 7 days. For fixed days use e.g. `every monday 10:00`.");
        return ScheduleSpecResult.Ok(new ScheduleSpec(ScheduleKind.Interval, [], [], step));
    }
}
