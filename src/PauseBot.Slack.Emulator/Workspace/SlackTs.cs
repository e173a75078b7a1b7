using System.Globalization;

namespace PauseBot.Slack.Emulator;

/// <summary>Slack message timestamps (<c>"1700000000.000100"</c>: unix seconds, dot, 6-digit microseconds).</summary>
public static class SlackTs
{
    /// <summary>Formats an instant as a Slack ts.</summary>
    public static string Format(DateTimeOffset at) => FormatMicros((at.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10);

    /// <summary>Formats microseconds since the Unix epoch as a Slack ts.</summary>
    public static string FormatMicros(long micros) =>
        string.Create(CultureInfo.InvariantCulture, $"{micros / 1_000_000}.{micros % 1_000_000:D6}");

    /// <summary>Parses a Slack ts back to an instant; null if malformed.</summary>
    public static DateTimeOffset? Parse(string? ts)
    {
        if (ts is null) return null;
        var parts = ts.Split('.');
        if (parts.Length != 2 || !long.TryParse(parts[0], CultureInfo.InvariantCulture, out var s)
            || !long.TryParse(parts[1].PadRight(6, '0')[..6], CultureInfo.InvariantCulture, out var us)) return null;
        return DateTimeOffset.UnixEpoch.AddTicks(s * TimeSpan.TicksPerSecond + us * 10);
    }
}
