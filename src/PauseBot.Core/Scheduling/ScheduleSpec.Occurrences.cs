namespace PauseBot.Core.Scheduling;

public sealed partial class ScheduleSpec
{
    /// <summary>How far ahead <see cref="NextOccurrence"/> looks before giving up (all days quiet).</summary>
    public const int SearchHorizonDays = 2 * 366;

    /// <summary>
    /// The first firing strictly after <paramref name="afterUtc"/> (returned with offset zero), or null when every
    /// candidate day within <see cref="SearchHorizonDays"/> is quiet.
    /// Wall-clock kinds are evaluated in <paramref name="zone"/>: 09:00 stays 09:00 local across DST changes; a time
    /// inside a spring-forward gap fires once at the shifted instant (01:30 → 02:30 BST); a time inside the autumn
    /// overlap fires once, at the earlier (daylight) instant. Days where <paramref name="isQuietDay"/>(local date) is
    /// true are skipped. Interval kind fires at <c>anchor + k·Interval</c> for k ≥ 1 (the anchor itself — when the
    /// schedule was created — is not a firing); <paramref name="anchorUtc"/> defaults to <paramref name="afterUtc"/>.
    /// Firings whose local date is quiet are skipped.
    /// </summary>
    public DateTimeOffset? NextOccurrence(
        DateTimeOffset afterUtc, TimeZoneInfo zone, Func<DateOnly, bool>? isQuietDay = null, DateTimeOffset? anchorUtc = null)
    {
        ArgumentNullException.ThrowIfNull(zone);
        isQuietDay ??= static _ => false;
        return Kind == ScheduleKind.Interval
            ? NextInterval(afterUtc, zone, isQuietDay, anchorUtc ?? afterUtc)
            : NextWallClock(afterUtc, zone, isQuietDay);
    }

    private DateTimeOffset? NextWallClock(DateTimeOffset after, TimeZoneInfo zone, Func<DateOnly, bool> isQuietDay)
    {
        // Start a day early: DST shifts can move a local time across the UTC/local date boundary.
        var start = ZoneTime.LocalDate(after, zone).AddDays(-1);
        DateTimeOffset? best = null;
        int? foundOn = null;
        for (var i = 0; i <= SearchHorizonDays && (foundOn is null || i <= foundOn + 1); i++)
        {
            var day = start.AddDays(i);
            if (!Days.Contains(day.DayOfWeek) || isQuietDay(day)) continue;
            foreach (var time in Times)
            {
                // Gap-shifted times can land after later wall-clock times of the same day, so take the minimum
                // over this day and the next one rather than the first match.
                var candidate = ZoneTime.ToUtc(day, time, zone);
                if (candidate > after && (best is null || candidate < best))
                {
                    best = candidate;
                    foundOn ??= i;
                }
            }
        }

        return best;
    }

    private DateTimeOffset? NextInterval(DateTimeOffset after, TimeZoneInfo zone, Func<DateOnly, bool> isQuietDay, DateTimeOffset anchor)
    {
        var step = Interval!.Value.Ticks;
        var k = after < anchor ? 1 : (after - anchor).Ticks / step + 1;
        var lastDay = ZoneTime.LocalDate(after, zone).AddDays(SearchHorizonDays);
        while (true)
        {
            var candidate = anchor.ToUniversalTime().AddTicks(step * k);
            var day = ZoneTime.LocalDate(candidate, zone);
            if (day > lastDay) return null;
            if (!isQuietDay(day)) return candidate;

            // Jump to the first step on or after the next local midnight instead of walking every step.
            var nextDay = ZoneTime.ToUtc(day.AddDays(1), TimeOnly.MinValue, zone);
            var kNext = ((nextDay - anchor).Ticks + step - 1) / step;
            k = Math.Max(k + 1, kNext);
        }
    }
}
