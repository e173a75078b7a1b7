namespace PauseBot.Slack.Emulator;

/// <summary>Ids of the default workspace content created when <see cref="SlackEmulatorOptions.SeedDefaultWorkspace"/> is on.</summary>
public static class DefaultSeed
{
    /// <summary>Alice, contractor, Europe/Berlin.</summary>
    public const string Alice = "U0ALICE";
    /// <summary>Bob, contractor, America/New_York.</summary>
    public const string Bob = "U0BOB";
    /// <summary>Carol, contractor, Asia/Tokyo.</summary>
    public const string Carol = "U0CAROL";
    /// <summary>Lena, project lead, Europe/London.</summary>
    public const string Lead = "U0LEAD";
    /// <summary>Public channel <c>#general</c>: everyone incl. the bot.</summary>
    public const string General = "C0GENERAL";
    /// <summary>Public project channel <c>#chordus</c>: Alice, Bob, Carol, Lena and the bot.</summary>
    public const string Chordus = "C0CHORDUS";
    /// <summary>Private channel <c>leads</c>: Lena and the bot.</summary>
    public const string Leads = "G0LEADS";
    /// <summary>Public channel <c>#random</c> WITHOUT the bot (posting there gives <c>not_in_channel</c>).</summary>
    public const string Random = "C0RANDOM";

    internal static void Apply(EmulatedWorkspace ws)
    {
        ws.AddUser(Alice, "alice", "Alice Anders", "Europe/Berlin");
        ws.AddUser(Bob, "bob", "Bob Brown", "America/New_York");
        ws.AddUser(Carol, "carol", "Carol Chen", "Asia/Tokyo");
        ws.AddUser(Lead, "lena", "Lena Lead", "Europe/London");
        ws.AddChannel(General, "general", false, Alice, Bob, Carol, Lead, ws.BotUserId);
        ws.AddChannel(Chordus, "chordus", false, Alice, Bob, Carol, Lead, ws.BotUserId);
        ws.AddChannel(Leads, "leads", true, Lead, ws.BotUserId);
        ws.AddChannel(Random, "random", false, Alice, Bob);
    }
}
