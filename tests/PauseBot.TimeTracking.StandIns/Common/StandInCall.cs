namespace PauseBot.TimeTracking.StandIns;

/// <summary>
/// One request a stand-in answered (or dropped), as it arrived: method, path, query, every header (credentials included:
/// this is a test double), body, and the status sent back (0 when the connection was dropped or the client gave up).
/// </summary>
public sealed record StandInCall(
    string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, string Body, int StatusCode, DateTimeOffset At)
{
    /// <summary>Position in the log, in order of completion.</summary>
    public long Sequence { get; init; }

    /// <summary>A header value, or null (names are case-insensitive).</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    /// <summary>True for <paramref name="method"/> on exactly <paramref name="path"/>.</summary>
    public bool Is(string method, string path) =>
        string.Equals(Method, method, StringComparison.OrdinalIgnoreCase) && string.Equals(Path, path, StringComparison.Ordinal);

    /// <summary>True when the call got a 2xx answer.</summary>
    public bool Succeeded => StatusCode is >= 200 and < 300;

    public override string ToString() => $"#{Sequence} {Method} {Path}{Query} -> {StatusCode} {Body}";
}
