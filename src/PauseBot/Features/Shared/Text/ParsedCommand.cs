using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace PauseBot.Features.Shared.Text;

/// <summary>Result of <see cref="CommandText.Parse"/>: positionals + flag values, or an error for the Slack user.</summary>
public sealed class ParsedCommand
{
    private ParsedCommand(IReadOnlyList<string> positionals, IReadOnlyDictionary<string, string> flags, string? error)
    {
        Positionals = positionals;
        Flags = flags;
        Error = error;
    }

    /// <summary>Non-flag tokens in order, quotes removed.</summary>
    public IReadOnlyList<string> Positionals { get; }

    /// <summary>Flag name (as declared in its <see cref="FlagSpec"/>, case-insensitive lookup) → raw value.
    /// Boolean flags hold <c>"true"</c>/<c>"false"</c>; Time flags hold the raw text (parse it with
    /// <see cref="TimeExpression.Parse"/> to report time errors).</summary>
    public IReadOnlyDictionary<string, string> Flags { get; }

    public string? Error { get; }

    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    /// <summary>Positionals from <paramref name="from"/> on, joined with single spaces ("" if none) — e.g. the reason.</summary>
    public string Rest(int from)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(from);
        return from >= Positionals.Count ? "" : string.Join(' ', Positionals.Skip(from));
    }

    /// <summary>The positional at <paramref name="index"/>, or null when there are not that many.</summary>
    public string? Positional(int index) => index >= 0 && index < Positionals.Count ? Positionals[index] : null;

    public bool Has(string flag) => Flags.ContainsKey(flag);

    public string? Get(string flag) => Flags.TryGetValue(flag, out var value) ? value : null;

    /// <summary>True only when a Boolean flag was given and not set to false.</summary>
    public bool GetBool(string flag) => Get(flag) == "true";

    public int? GetInt(string flag) =>
        int.TryParse(Get(flag), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    public static ParsedCommand Ok(IReadOnlyList<string> positionals, IReadOnlyDictionary<string, string> flags) =>
        new(positionals, flags, null);

    public static ParsedCommand Fail(string error) =>
        new([], new Dictionary<string, string>(), error);
}
