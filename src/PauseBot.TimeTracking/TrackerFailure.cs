namespace PauseBot.TimeTracking;

/// <summary>Why a tracker call did not succeed.</summary>
public enum TrackerFailureKind
{
    /// <summary>HTTP 401: the credentials were refused.</summary>
    Unauthorized,
    /// <summary>HTTP 403: the credentials are valid but their user may not do this.</summary>
    Forbidden,
    /// <summary>HTTP 404: no such project (or time entry) for these credentials.</summary>
    NotFound,
    /// <summary>5xx, 408, 429, a timeout or no connection, still so after the client's retries: worth trying later.</summary>
    Transient,
    /// <summary>Another 4xx (400, 409, 422): the tracker refused the request itself; retrying the same call will not help.</summary>
    Rejected,
}

/// <summary>
/// A tracker call that did not succeed, as a value. <see cref="Message"/> says what happened and what a lead can do about
/// it, in plain words; it never contains a credential.
/// </summary>
/// <param name="Tracker">Which tracker answered.</param>
/// <param name="Kind">The kind of failure.</param>
/// <param name="StatusCode">The HTTP status of the last attempt; null when no answer came (timeout, no connection).</param>
/// <param name="Message">What happened and what to do, for a lead.</param>
public sealed record TrackerFailure(TrackerKind Tracker, TrackerFailureKind Kind, int? StatusCode, string Message)
{
    /// <summary>True when the same call may succeed later without anybody changing anything.</summary>
    public bool IsTransient => Kind == TrackerFailureKind.Transient;

    public override string ToString() => $"{Tracker.DisplayName()} {Kind} ({StatusCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no answer"}): {Message}";
}
