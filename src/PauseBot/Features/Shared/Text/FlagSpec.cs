namespace PauseBot.Features.Shared.Text;

/// <summary>Describes one flag a command accepts. <paramref name="Name"/> is given without dashes, e.g. <c>at</c>.</summary>
public sealed record FlagSpec(string Name, FlagKind Kind = FlagKind.Text)
{
    public static FlagSpec Text(string name) => new(name, FlagKind.Text);

    public static FlagSpec Time(string name) => new(name, FlagKind.Time);

    public static FlagSpec Boolean(string name) => new(name, FlagKind.Boolean);

    public static FlagSpec Int(string name) => new(name, FlagKind.Int);
}
