namespace PauseBot.Core.Projects;

/// <summary>
/// Project keys: 2–40 characters of lowercase ASCII letters, digits and <c>-</c>, starting with a letter
/// (e.g. <c>chordus</c>, <c>acme-web-2</c>). Validation is strict; use <see cref="Normalize"/> first if you
/// want to accept <c>Chordus</c> or surrounding spaces.
/// </summary>
public static class Slug
{
    public const int MinLength = 2;
    public const int MaxLength = 40;

    public static bool IsValid(string? key) => Validate(key) is null;

    /// <summary>Trims and lower-cases (invariant). Does not make an invalid key valid.</summary>
    public static string Normalize(string? key) => (key ?? "").Trim().ToLowerInvariant();

    /// <summary>Null when <paramref name="key"/> is valid; otherwise what is wrong with it.</summary>
    public static KeyProblem? Validate(string? key)
    {
        if (string.IsNullOrEmpty(key)) return new KeyProblem("", KeyIssue.Missing);
        if (key.Length < MinLength) return new KeyProblem(key, KeyIssue.TooShort);
        if (key.Length > MaxLength) return new KeyProblem(key, KeyIssue.TooLong);
        if (!char.IsAsciiLetterLower(key[0])) return new KeyProblem(key, KeyIssue.MustStartWithLetter);
        foreach (var c in key)
        {
            if (!char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c) && c != '-')
                return new KeyProblem(key, KeyIssue.BadCharacter, c);
        }

        return null;
    }
}

/// <summary>Why <see cref="Key"/> is not a project key; <see cref="Character"/> is the first one not allowed.</summary>
public sealed record KeyProblem(string Key, KeyIssue Issue, char? Character = null);

public enum KeyIssue
{
    Missing,
    TooShort,
    TooLong,
    MustStartWithLetter,
    BadCharacter,
}
