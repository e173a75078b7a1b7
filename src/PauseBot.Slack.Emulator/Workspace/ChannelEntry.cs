namespace PauseBot.Slack.Emulator;

/// <summary>Mutable channel state inside <see cref="EmulatedWorkspace"/> (guarded by its lock).</summary>
internal sealed class ChannelEntry(string id, string name, bool isPrivate, string? imUser, DateTimeOffset created)
{
    public string Name => name;
    public List<string> Members { get; } = [];
    public bool IsArchived { get; set; }

    public void Add(string userId)
    {
        if (!Members.Contains(userId)) Members.Add(userId);
    }

    public EmulatedChannel Snapshot() =>
        new(id, name, isPrivate, imUser is not null, imUser, IsArchived, created, [.. Members]);
}
