using PauseBot.Slack.Emulator;

namespace PauseBot.Sandbox;

/// <summary>
/// The sandbox workspace: Ada (admin), two leads and five contractors in five time zones, <c>#chordus</c> and
/// <c>#general</c>. The project <c>chordus</c> on <c>#chordus</c> with Lee and Lin as leads is seeded by <see cref="SandboxSeeder"/>.
/// </summary>
public static class SandboxSeed
{
    public const string Ada = "U0ADA", Lee = "U0LEE", Lin = "U0LIN";
    public const string Cora = "U0CORA", Chen = "U0CHEN", Carlos = "U0CARLOS", Chloe = "U0CHLOE", Cyrus = "U0CYRUS";
    public const string Chordus = "C0CHORDUS", General = "C0GENERAL";
    public const string ProjectKey = "chordus";

    /// <summary>Who each person is, as the page's "Acting as" picker shows them.</summary>
    public static IReadOnlyList<SandboxPerson> People { get; } =
    [
        new(Ada, "ada", "Ada", "Europe/London", "admin"),
        new(Lee, "lee", "Lee", "Europe/Amsterdam", "lead"),
        new(Lin, "lin", "Lin", "America/New_York", "lead"),
        new(Cora, "cora", "Cora", "Asia/Kolkata", "contractor"),
        new(Chen, "chen", "Chen", "Europe/Berlin", "contractor"),
        new(Carlos, "carlos", "Carlos", "America/Sao_Paulo", "contractor"),
        new(Chloe, "chloe", "Chloe", "Europe/London", "contractor"),
        new(Cyrus, "cyrus", "Cyrus", "America/Los_Angeles", "contractor"),
    ];

    /// <summary>Adds (or restores) the people and channels; channel membership is reset to the seed.</summary>
    public static void Apply(EmulatedWorkspace workspace)
    {
        foreach (var p in People)
            workspace.AddUser(p.Id, p.Name, p.RealName, p.TimeZone);
        var contractors = People.Where(p => p.Role == "contractor").Select(p => p.Id);
        workspace.AddChannel(Chordus, "chordus", false, [Lee, Lin, .. contractors, workspace.BotUserId]);
        workspace.AddChannel(General, "general", false, [.. People.Select(p => p.Id), workspace.BotUserId]);
    }
}

/// <summary>A seeded person: Slack user id, handle, display name, IANA zone and role (admin, lead or contractor).</summary>
public sealed record SandboxPerson(string Id, string Name, string RealName, string TimeZone, string Role)
{
    /// <summary>"Lee (lead)": how the picker lists the person.</summary>
    public string Label => $"{RealName} ({Role})";
}
