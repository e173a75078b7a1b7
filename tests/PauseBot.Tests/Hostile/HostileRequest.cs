namespace PauseBot.Tests.Hostile;

/// <summary>How a generated request is signed.</summary>
public enum Signing
{
    /// <summary>Correctly signed now: authentic, however hostile the body.</summary>
    Valid,
    /// <summary>No Slack headers at all.</summary>
    None,
    /// <summary>Correctly signed, but with a timestamp outside the five-minute window (old or future): a replay.</summary>
    Stale,
    /// <summary>Signed, then the body changed (one byte flipped, appended, or cut).</summary>
    TamperedBody,
    /// <summary>Signed with another secret.</summary>
    WrongSecret,
    /// <summary>A signature header that is not a signature (empty, wrong version, not hex, truncated, other case).</summary>
    GarbageSignature,
    /// <summary>A timestamp header that is not a number of seconds.</summary>
    GarbageTimestamp,
    /// <summary>Only one of the two headers.</summary>
    HalfSigned,
}

/// <summary>One generated request to a Slack endpoint.</summary>
public sealed record HostileRequest(string Path, string? ContentType, byte[] Body, Signing Signing, string Kind)
{
    /// <summary>Every request not signed correctly and on time must be refused with 401.</summary>
    public bool MustBeUnauthorized => Signing != Signing.Valid;

    public override string ToString() => $"{Path} {Signing} {Kind} ({Body.Length} bytes, {ContentType ?? "no content type"})";
}
