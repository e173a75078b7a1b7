namespace PauseBot.Core.Text;

/// <summary>
/// Project keys: 2–40 characters of lowercase ASCII letters, digits and <c>-</c>, starting with a letter
/// (e.g. <c>chordus</c>, <c>acme-web-2</c>). Validation is strict; use <see cref="Normalize"/> first if you
/// want to accept <c>Chordus</c> or surrounding spaces.
/// </summary>
public static class Slug
{
    public const int MinLength = 2;
    public const int MaxLength = 40;

    public const string Rule =
        "Project keys are 2–40 characters: lowercase letters, digits and `-`, starting with a letter (e.g. `chordus` or `acme-web-2`).";

    public static bool IsValid(string? key) => Validate(key) is null;

    /// <summary>Trims and lower-cases (invariant). Does not make an invalid key valid.</summary>
    public static string Normalize(string? key) => (key ?? "").Trim().ToLowerInvariant();

    /// <summary>Null when <paramref name="key"/> is valid; otherwise a message naming the problem plus <see cref="Rule"/>.</summary>
    public static string? Validate(string? key)
    {
        if (string.IsNullOrEmpty(key)) return $"Please give a project key. {Rule}";
        var shown = key.Length > MaxLength + 10 ? key[..(MaxLength + 10)] + "…" : key;
        if (key.Length < MinLength) return $"`{shown}` is too short. {Rule}";
        if (key.Length > MaxLength) return $"`{shown}` is too long ({key.Length} characters). {Rule}";
        if (!char.IsAsciiLetterLower(key[0])) return $"`{shown}` must start with a lowercase letter. {Rule}";
        foreach (var c in key)
        {
            if (!char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c) && c != '-')
                return $"`{shown}` contains {(char.IsWhiteSpace(c) ? "a space" : $"`{c}`")}, which isn't allowed. {Rule}";
        }

        return null;
    }
}
