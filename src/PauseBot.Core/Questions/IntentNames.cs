namespace PauseBot.Core.Questions;

/// <summary>Stable snake_case names for <see cref="Intent"/> (data files, logs, config).</summary>
public static class IntentNames
{
    private static readonly string[] Names =
    [
        "unknown", "billable_status", "past_hours", "resume_eta", "pause_reason",
        "next_steps", "alternative_work", "contact", "status", "notify_me",
    ];

    public static string ToSnakeCase(Intent intent)
    {
        var i = (int)intent;
        return i >= 0 && i < Names.Length ? Names[i] : Names[0];
    }

    /// <summary>Parses a snake_case name (case-insensitive, surrounding whitespace ignored).</summary>
    public static bool TryParse(string? name, out Intent intent)
    {
        intent = Intent.Unknown;
        if (name is null)
        {
            return false;
        }

        var trimmed = name.AsSpan().Trim();
        for (var i = 0; i < Names.Length; i++)
        {
            if (trimmed.Equals(Names[i], StringComparison.OrdinalIgnoreCase))
            {
                intent = (Intent)i;
                return true;
            }
        }

        return false;
    }
}
