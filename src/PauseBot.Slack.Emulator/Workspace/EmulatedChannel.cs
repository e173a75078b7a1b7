namespace PauseBot.Slack.Emulator;

/// <summary>
/// A conversation of the emulated workspace: public (<c>C…</c>) or private (<c>G…</c>/<c>C…</c>) channel, or a bot DM (<c>D…</c>).
/// A snapshot: membership changes go through <see cref="EmulatedWorkspace"/>.
/// </summary>
public sealed record EmulatedChannel(
    string Id,
    string Name,
    bool IsPrivate,
    bool IsIm,
    string? ImUserId,
    bool IsArchived,
    DateTimeOffset Created,
    IReadOnlyList<string> Members)
{
    /// <summary>True when <paramref name="userId"/> is a member (DMs: the user and the bot).</summary>
    public bool HasMember(string userId) => Members.Contains(userId, StringComparer.Ordinal);
}
