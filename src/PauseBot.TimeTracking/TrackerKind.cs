namespace PauseBot.TimeTracking;

/// <summary>The time trackers PauseBot can act on. Stored and typed as lower-case names (<c>harvest</c>, <c>toggl</c>, <c>clockify</c>).</summary>
public enum TrackerKind
{
    /// <summary>Harvest, API v2 (https://help.getharvest.com/api-v2/).</summary>
    Harvest,
    /// <summary>Toggl Track, API v9 and Reports API v3 (https://engineering.toggl.com/docs/).</summary>
    Toggl,
    /// <summary>Clockify, API v1 (https://docs.clockify.me/).</summary>
    Clockify,
}

/// <summary>Names of <see cref="TrackerKind"/> as people type them and as they are shown.</summary>
public static class TrackerKinds
{
    /// <summary>The lower-case name: <c>harvest</c>, <c>toggl</c>, <c>clockify</c>.</summary>
    public static string Name(this TrackerKind kind) => kind switch
    {
        TrackerKind.Harvest => "harvest",
        TrackerKind.Toggl => "toggl",
        TrackerKind.Clockify => "clockify",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The product name for messages: Harvest, Toggl Track, Clockify.</summary>
    public static string DisplayName(this TrackerKind kind) => kind switch
    {
        TrackerKind.Harvest => "Harvest",
        TrackerKind.Toggl => "Toggl Track",
        TrackerKind.Clockify => "Clockify",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Parses <c>harvest</c>, <c>toggl</c> or <c>clockify</c> (any case); false for anything else.</summary>
    public static bool TryParse(string? text, out TrackerKind kind)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "harvest": kind = TrackerKind.Harvest; return true;
            case "toggl": kind = TrackerKind.Toggl; return true;
            case "clockify": kind = TrackerKind.Clockify; return true;
            default: kind = default; return false;
        }
    }
}
