namespace PauseBot.Core.Scheduling;

/// <summary>
/// DST-correct conversions between UTC instants and wall-clock time in a <see cref="TimeZoneInfo"/>.
/// Rules for local times that do not map to exactly one instant:
/// <list type="bullet">
/// <item>Inside a spring-forward gap (e.g. 01:30 in Europe/London on 2026-03-29) the time is moved
/// forward by the length of the gap (01:30 → 02:30 BST = 01:30 UTC).</item>
/// <item>Inside an autumn fall-back overlap the EARLIER instant (the daylight-time one) is used.</item>
/// </list>
/// </summary>
public static class ZoneTime
{
    /// <summary>The UTC instant (offset zero) for a wall-clock date and time in <paramref name="zone"/>.</summary>
    public static DateTimeOffset ToUtc(DateOnly date, TimeOnly time, TimeZoneInfo zone) =>
        ToUtc(date.ToDateTime(time), zone);

    /// <summary>The UTC instant (offset zero) for a wall-clock time in <paramref name="zone"/>; <c>Kind</c> is ignored.</summary>
    public static DateTimeOffset ToUtc(DateTime local, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        TimeSpan offset;
        if (zone.IsInvalidTime(local))
        {
            // In a gap the clock jumped forward, so the offset in force before the gap is the smaller one.
            // Using it yields the instant "gap length" later than the requested wall-clock time.
            var before = zone.GetUtcOffset(local.AddDays(-1));
            var after = zone.GetUtcOffset(local.AddDays(1));
            offset = before < after ? before : after;
        }
        else if (zone.IsAmbiguousTime(local))
        {
            // Earlier instant = larger offset (the daylight one).
            offset = zone.GetAmbiguousTimeOffsets(local).Max();
        }
        else
        {
            offset = zone.GetUtcOffset(local);
        }

        // Built from ticks so historical offsets with seconds (LMT) cannot throw.
        return new DateTimeOffset(local.Ticks - offset.Ticks, TimeSpan.Zero);
    }

    /// <summary>The wall-clock time in <paramref name="zone"/> of an instant (Kind = Unspecified).</summary>
    public static DateTime ToLocal(DateTimeOffset instant, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTimeFromUtc(instant.UtcDateTime, zone);
        return DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
    }

    /// <summary>The local calendar date of an instant in <paramref name="zone"/>.</summary>
    public static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(ToLocal(instant, zone));
}
