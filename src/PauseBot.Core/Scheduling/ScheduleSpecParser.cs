using System.Text.RegularExpressions;

namespace PauseBot.Core.Scheduling;

/// <summary>Text → <see cref="ScheduleSpec"/>; grammar documented on <see cref="ScheduleSpec"/>.</summary>
internal static partial class ScheduleSpecParser
{
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
        if (shown.Length == 0) return ScheduleSpecResult.Fail(new ScheduleSpecError.Empty());
        var words = Commas().Replace(shown.ToLowerInvariant(), ",").Split(' ').Where(w => w is not ("at" or "on")).ToList();
        if (words is ["every", "day", ..]) words = ["daily", .. words[2..]];
        else if (words is ["every", "weekday" or "weekdays", ..]) words = ["weekdays", .. words[2..]];
        else if (words is ["weekly", ..]) words[0] = "every";

        switch (words)
        {
            case ["daily", ..]:
                return WallClock(ScheduleKind.Daily, AllDays, words[1..]);
            case ["weekdays", ..]:
                return WallClock(ScheduleKind.Weekdays, WorkDays, words[1..]);
            case ["every", var second, ..]:
                var interval = TimeWords.Duration(words.Count == 2 && second == "hour" ? "1h" : string.Join(' ', words[1..]), out var step);
                if (interval != WordMatch.No) return Interval(interval, step, shown);
                if (!second.Split(',').All(d => TimeWords.TryWeekday(d, out _)) && TimeWords.Clock(second, out _) != WordMatch.No)
                    return ScheduleSpecResult.Fail(new ScheduleSpecError.MissingDay(shown, second));
                return Weekly(second, words[2..]);
            default:
                return ScheduleSpecResult.Fail(new ScheduleSpecError.Unreadable(shown));
        }
    }

    private static ScheduleSpecResult Weekly(string dayList, List<string> timeWords)
    {
        var days = new List<DayOfWeek>();
        foreach (var word in dayList.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!TimeWords.TryWeekday(word, out var day))
                return ScheduleSpecResult.Fail(new ScheduleSpecError.NotAWeekday(word));
            days.Add(day);
        }

        if (days.Count == 0) return ScheduleSpecResult.Fail(new ScheduleSpecError.NoDay());
        return WallClock(ScheduleKind.Weekly, days, timeWords);
    }

    private static ScheduleSpecResult WallClock(ScheduleKind kind, IEnumerable<DayOfWeek> days, List<string> timeWords)
    {
        var pieces = TimeTokens.Split(string.Join(' ', timeWords))
            .SelectMany(w => w.Split(',', StringSplitOptions.RemoveEmptyEntries)).ToList();
        if (pieces.Count == 0) return ScheduleSpecResult.Fail(new ScheduleSpecError.MissingTime(kind));
        var times = new List<TimeOnly>();
        foreach (var piece in pieces)
        {
            var match = TimeWords.Clock(piece, out var time);
            if (match == WordMatch.No)
                return ScheduleSpecResult.Fail(new ScheduleSpecError.NotATime(piece, kind));
            if (match == WordMatch.Invalid)
                return ScheduleSpecResult.Fail(new ScheduleSpecError.NotATimeOfDay(piece, kind));
            if (time.Second != 0)
                return ScheduleSpecResult.Fail(new ScheduleSpecError.HasSeconds(piece));
            times.Add(time);
        }

        if (times.Distinct().Count() > MaxTimesPerDay)
            return ScheduleSpecResult.Fail(new ScheduleSpecError.TooManyTimes(MaxTimesPerDay));
        return ScheduleSpecResult.Ok(new ScheduleSpec(kind, times, days, null));
    }

    private static ScheduleSpecResult Interval(WordMatch match, TimeSpan step, string shown)
    {
        if (match == WordMatch.Invalid)
            return ScheduleSpecResult.Fail(new ScheduleSpecError.NotAnInterval(shown));
        if (step.Ticks % TimeSpan.TicksPerMinute != 0)
            return ScheduleSpecResult.Fail(new ScheduleSpecError.NotWholeMinutes(shown));
        if (step < ScheduleSpec.MinInterval)
            return ScheduleSpecResult.Fail(new ScheduleSpecError.TooOften(shown, ScheduleSpec.MinInterval));
        if (step > ScheduleSpec.MaxInterval)
            return ScheduleSpecResult.Fail(new ScheduleSpecError.TooRare(shown, ScheduleSpec.MaxInterval));
        return ScheduleSpecResult.Ok(new ScheduleSpec(ScheduleKind.Interval, [], [], step));
    }
}
