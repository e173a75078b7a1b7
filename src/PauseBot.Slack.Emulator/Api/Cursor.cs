using System.Globalization;
using System.Text;

namespace PauseBot.Slack.Emulator;

/// <summary>Opaque pagination cursors that, like Slack's, are base64 and end with <c>=</c>.</summary>
internal static class Cursor
{
    public static string Encode(int offset)
    {
        var plain = string.Create(CultureInfo.InvariantCulture, $"offset:{offset}");
        while (plain.Length % 3 == 0) plain += " ";
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(plain));
    }

    /// <summary>Decodes a cursor (null/empty = start); throws <c>invalid_cursor</c> on garbage.</summary>
    public static int Decode(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor)) return 0;
        try
        {
            var plain = Encoding.UTF8.GetString(Convert.FromBase64String(cursor)).TrimEnd();
            if (plain.StartsWith("offset:", StringComparison.Ordinal)
                && int.TryParse(plain["offset:".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
                return offset;
        }
        catch (FormatException) { }
        throw new SlackApiError("invalid_cursor");
    }
}
