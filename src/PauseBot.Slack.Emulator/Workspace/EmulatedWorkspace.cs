namespace PauseBot.Slack.Emulator;

/// <summary>
/// The single team the emulator serves: users, channels, bot DMs and the message store. Thread-safe.
/// Channels do not implicitly contain the bot: pass <see cref="BotUserId"/> as a member where the bot should be in.
/// </summary>
public sealed class EmulatedWorkspace
{
    private readonly object _gate = new();
    private readonly TimeProvider _time;
    private readonly Dictionary<string, EmulatedUser> _users = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ChannelEntry> _channels = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _dmByUser = new(StringComparer.Ordinal);

    /// <summary>Creates an empty workspace containing only the bot user.</summary>
    public EmulatedWorkspace(TimeProvider time, string botToken)
    {
        _time = time;
        BotToken = botToken;
        Messages = new MessageStore(time, BotUserId, BotId);
        AddUser(BotUserId, BotName, "PauseBot", "UTC", isBot: true);
    }

    /// <summary>Team id, <c>T0PAUSEBOT</c>.</summary>
    public string TeamId { get; } = "T0PAUSEBOT";
    /// <summary>Team display name.</summary>
    public string TeamName { get; init; } = "PauseBot Emulated Workspace";
    /// <summary>Team domain (<c>https://{domain}.slack.com/</c>).</summary>
    public string Domain { get; init; } = "pausebot-emulated";
    /// <summary>The bot's user id, <c>U0BOT</c>.</summary>
    public string BotUserId { get; } = "U0BOT";
    /// <summary>The bot id (<c>bot_id</c> on messages), <c>B0BOT</c>.</summary>
    public string BotId { get; } = "B0BOT";
    /// <summary>The bot's user name.</summary>
    public string BotName { get; } = "pausebot";
    /// <summary>The app id (<c>api_app_id</c>), <c>A0PAUSEBOT</c>.</summary>
    public string AppId { get; } = "A0PAUSEBOT";
    /// <summary>The bot token this workspace accepts.</summary>
    public string BotToken { get; }
    /// <summary>Every message posted to any conversation.</summary>
    public MessageStore Messages { get; }

    /// <summary>
    /// The bot token's scopes: a call without the one its method reference needs (for its conversation's type) fails with
    /// <c>missing_scope</c>. Set from <see cref="SlackEmulatorOptions.BotScopes"/> (by default the manifest's); null grants every scope.
    /// </summary>
    public IReadOnlySet<string>? BotScopes { get; set; }

    /// <summary>
    /// Adds or replaces a user. <paramref name="tz"/> is an IANA zone id; <paramref name="email"/> defaults to
    /// <c>{name}@example.com</c> for people (bots have none).
    /// </summary>
    public EmulatedUser AddUser(string id, string name, string? realName = null, string tz = "UTC", bool isBot = false, string? email = null)
    {
        var user = new EmulatedUser(id, name, realName ?? name, tz, isBot) { Email = email ?? (isBot ? null : $"{name}@example.com") };
        lock (_gate) _users[id] = user;
        return user;
    }

    /// <summary>Adds or replaces a channel. Ids starting with <c>G</c> or <paramref name="isPrivate"/> make it private.</summary>
    public EmulatedChannel AddChannel(string id, string name, bool isPrivate = false, params string[] members)
    {
        lock (_gate)
        {
            var entry = new ChannelEntry(id, name, isPrivate || id.StartsWith('G'), null, _time.GetUtcNow());
            foreach (var m in members) entry.Add(m);
            _channels[id] = entry;
            return entry.Snapshot();
        }
    }

    /// <summary>Adds <paramref name="userId"/> to a channel (no-op if already a member).</summary>
    public void AddMember(string channelId, string userId)
    {
        lock (_gate) GetEntry(channelId).Add(userId);
    }

    /// <summary>Removes <paramref name="userId"/> from a channel (no-op if not a member).</summary>
    public void RemoveMember(string channelId, string userId)
    {
        lock (_gate) GetEntry(channelId).Members.Remove(userId);
    }

    /// <summary>Archives a channel; posting into it then fails with <c>is_archived</c>.</summary>
    public void ArchiveChannel(string channelId)
    {
        lock (_gate) GetEntry(channelId).IsArchived = true;
    }

    /// <summary>Looks up a user by id.</summary>
    public EmulatedUser? FindUser(string id)
    {
        lock (_gate) return _users.GetValueOrDefault(id);
    }

    /// <summary>Looks up a user by email address (case-insensitive).</summary>
    public EmulatedUser? FindUserByEmail(string email)
    {
        lock (_gate) return _users.Values.FirstOrDefault(u => string.Equals(u.Email, email, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Looks up a conversation (channel or DM) by id.</summary>
    public EmulatedChannel? FindChannel(string id)
    {
        lock (_gate) return _channels.GetValueOrDefault(id)?.Snapshot();
    }

    /// <summary>Looks up a channel by name (without <c>#</c>).</summary>
    public EmulatedChannel? FindChannelByName(string name)
    {
        lock (_gate) return _channels.Values.FirstOrDefault(c => c.Name == name.TrimStart('#'))?.Snapshot();
    }

    /// <summary>All users, bot included.</summary>
    public IReadOnlyList<EmulatedUser> Users
    {
        get { lock (_gate) return [.. _users.Values]; }
    }

    /// <summary>All conversations, DMs included.</summary>
    public IReadOnlyList<EmulatedChannel> Channels
    {
        get { lock (_gate) return [.. _channels.Values.Select(c => c.Snapshot())]; }
    }

    /// <summary>Member ids of a conversation in join order; empty if unknown.</summary>
    public IReadOnlyList<string> MembersOf(string channelId)
    {
        lock (_gate) return _channels.TryGetValue(channelId, out var c) ? [.. c.Members] : [];
    }

    /// <summary>The bot's DM with <paramref name="userId"/> if it was opened, else null.</summary>
    public EmulatedChannel? FindDm(string userId)
    {
        lock (_gate) return _dmByUser.TryGetValue(userId, out var id) ? _channels[id].Snapshot() : null;
    }

    /// <summary>Opens (or returns the existing) bot DM with a user: a stable <c>D…</c> id per user. Null if the user is unknown.</summary>
    public EmulatedChannel? OpenDm(string userId) => OpenDm(userId, out _);

    internal EmulatedChannel? OpenDm(string userId, out bool alreadyOpen)
    {
        lock (_gate)
        {
            alreadyOpen = _dmByUser.TryGetValue(userId, out var existing);
            if (alreadyOpen) return _channels[existing!].Snapshot();
            if (!_users.TryGetValue(userId, out var user) || user.Deleted) return null;
            var id = "D" + userId[1..];
            for (var n = 2; _channels.ContainsKey(id); n++) id = $"D{userId[1..]}{n}";
            var entry = new ChannelEntry(id, userId, true, userId, _time.GetUtcNow());
            entry.Add(userId);
            entry.Add(BotUserId);
            _channels[id] = entry;
            _dmByUser[userId] = id;
            return entry.Snapshot();
        }
    }

    private ChannelEntry GetEntry(string channelId) =>
        _channels.TryGetValue(channelId, out var c) ? c : throw new KeyNotFoundException($"Unknown channel '{channelId}'.");
}
