namespace PauseBot.Core.Openings;

/// <summary>
/// Other work offered to idle contractors. Open to everyone, or only to the contractors of the projects in
/// <see cref="ForProjects"/>. Each interested contractor takes a slot; when the slots are filled it closes itself.
/// </summary>
public sealed class Opening
{
    private readonly List<OpeningInterest> _interests = [];

    private Opening() { }

    /// <summary>Short number people type (<c>/pausebot openings close 3</c>); assigned by the database.</summary>
    public int Id { get; private set; }
    public string Text { get; private set; } = "";
    /// <summary>Comma-separated skills, as the owner wrote them; null when none were given.</summary>
    public string? Skills { get; private set; }
    /// <summary>How many contractors it takes; null = no limit.</summary>
    public int? Slots { get; private set; }
    /// <summary>After this instant it is no longer shown.</summary>
    public DateTimeOffset? Until { get; private set; }
    /// <summary>Comma-separated project keys whose contractors may see it; empty = everyone.</summary>
    public string ForProjects { get; private set; } = "";
    /// <summary>Slack user id of the lead or admin who posted it; interest is sent to them.</summary>
    public string Owner { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public string? ClosedBy { get; private set; }
    /// <summary>Optimistic concurrency token: two people taking the last slot at once can't both get it.</summary>
    public int Version { get; private set; }
    public IReadOnlyList<OpeningInterest> Interests => _interests;

    public IReadOnlyList<string> ProjectKeys =>
        ForProjects.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static Opening Post(string text, string owner, DateTimeOffset now, string? skills = null, int? slots = null,
        DateTimeOffset? until = null, IEnumerable<string>? forProjects = null)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new DomainException("An opening needs a description.");
        if (slots is < 1) throw new DomainException("An opening needs at least one slot.");
        if (until is { } u && u <= now) throw new DomainException("An opening's end must be in the future.");
        return new Opening
        {
            Text = text.Trim(),
            Owner = owner,
            CreatedAt = now,
            Skills = string.IsNullOrWhiteSpace(skills) ? null : string.Join(", ", SplitList(skills)),
            Slots = slots,
            Until = until,
            ForProjects = string.Join(',', (forProjects ?? []).Distinct(StringComparer.Ordinal)),
        };
    }

    public bool IsOpenAt(DateTimeOffset now) => ClosedAt is null && (Until is not { } until || now < until);

    public bool IsForEveryone => ForProjects.Length == 0;

    /// <summary>Whether someone who is a contractor of <paramref name="projectKeys"/> may see it.</summary>
    public bool IsFor(IEnumerable<string> projectKeys) => IsForEveryone || ProjectKeys.Intersect(projectKeys, StringComparer.Ordinal).Any();

    public int? SlotsLeft => Slots is { } slots ? Math.Max(0, slots - _interests.Count) : null;

    public bool IsInterested(string userId) => _interests.Any(i => i.UserId == userId);

    /// <summary>Records a contractor's interest once; the last free slot closes the opening.</summary>
    public InterestResult RegisterInterest(string userId, DateTimeOffset now)
    {
        if (IsInterested(userId)) return InterestResult.AlreadyInterested;
        if (!IsOpenAt(now)) return InterestResult.Closed;
        _interests.Add(new OpeningInterest(Id, userId, now));
        Version++;
        if (Slots is { } slots && _interests.Count >= slots)
        {
            ClosedAt = now;
            ClosedBy = "slots-filled";
            return InterestResult.AddedAndFilled;
        }
        return InterestResult.Added;
    }

    /// <summary>Closes the opening; false when it was already closed.</summary>
    public bool Close(string by, DateTimeOffset now)
    {
        if (ClosedAt is not null) return false;
        ClosedAt = now;
        ClosedBy = by;
        Version++;
        return true;
    }

    internal static IEnumerable<string> SplitList(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>A contractor pressed "I'm interested" (once per person and opening).</summary>
public sealed record OpeningInterest(int OpeningId, string UserId, DateTimeOffset At);

/// <summary>What pressing "I'm interested" did.</summary>
public enum InterestResult
{
    Added,
    /// <summary>Added, and that was the last slot: the opening is now closed.</summary>
    AddedAndFilled,
    AlreadyInterested,
    Closed,
}
