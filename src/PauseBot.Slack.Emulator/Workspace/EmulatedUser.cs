namespace PauseBot.Slack.Emulator;

/// <summary>
/// A user of the emulated workspace. <paramref name="TimeZone"/> is an IANA id such as <c>Europe/Berlin</c>.
/// </summary>
public sealed record EmulatedUser(string Id, string Name, string RealName, string TimeZone, bool IsBot = false, bool Deleted = false)
{
    /// <summary>The profile's email address (<c>users.lookupByEmail</c>; shown with <c>users:read.email</c>); null for none.</summary>
    public string? Email { get; init; }

    /// <summary>The UTC offset of <see cref="TimeZone"/> at <paramref name="at"/> in seconds (Slack's <c>tz_offset</c>).</summary>
    public int OffsetSecondsAt(DateTimeOffset at) => (int)ResolveZone().GetUtcOffset(at).TotalSeconds;

    /// <summary>Slack's <c>tz_label</c>: the zone's standard or daylight name at <paramref name="at"/>.</summary>
    public string LabelAt(DateTimeOffset at)
    {
        var zone = ResolveZone();
        return zone.IsDaylightSavingTime(at) ? zone.DaylightName : zone.StandardName;
    }

    private TimeZoneInfo ResolveZone() =>
        TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out var zone) ? zone : TimeZoneInfo.Utc;
}
