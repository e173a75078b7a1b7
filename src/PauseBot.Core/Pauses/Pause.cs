namespace PauseBot.Core.Pauses;

/// <summary>
/// One pause of one project. <see cref="EffectiveAt"/> is the cutoff, <see cref="AnnouncedAt"/> when the pause was made known
/// (later than the cutoff for a backdated pause, the same instant otherwise); <see cref="NotBillableFrom"/> is the one the
/// billable rule uses. The pause guards its own transitions.
/// </summary>
public sealed class Pause
{
    private readonly List<PauseUpdate> _updates = [];
    private readonly List<Acknowledgement> _acknowledgements = [];

    private Pause() { }

    public Guid Id { get; private set; }
    public string ProjectKey { get; private set; } = "";
    public PauseState State { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    /// <summary>The billable cutoff: work from this instant on is not billable.</summary>
    public DateTimeOffset EffectiveAt { get; private set; }
    /// <summary>
    /// When the pause was announced (confirmed): later than <see cref="EffectiveAt"/> when the cutoff was backdated, otherwise
    /// the cutoff itself (also for a pause scheduled ahead, which is announced again when it takes effect).
    /// </summary>
    public DateTimeOffset AnnouncedAt { get; private set; }
    /// <summary>The policy in force when the pause was made; it decides <see cref="NotBillableFrom"/> for good.</summary>
    public BackdatePolicy BackdatePolicy { get; private set; }
    public DateTimeOffset? EndedAt { get; private set; }
    /// <summary>A resume a lead scheduled with <c>--at</c>; the pause ends then.</summary>
    public DateTimeOffset? ScheduledResumeAt { get; private set; }
    /// <summary>An estimate only; contractors see it as "expected".</summary>
    public DateTimeOffset? ExpectedResumeAt { get; private set; }
    /// <summary>The promise of when contractors hear more.</summary>
    public DateTimeOffset? NextUpdateBy { get; private set; }
    /// <summary>When the current promise was made; a lead update after this keeps it.</summary>
    public DateTimeOffset? PromiseMadeAt { get; private set; }
    public string PublicReason { get; private set; } = "";
    /// <summary>Leads and admins only; never rendered into a contractor-visible text.</summary>
    public string? InternalNote { get; private set; }
    public string? Guidance { get; private set; }
    public string PausedBy { get; private set; } = "";
    public string? EndedBy { get; private set; }
    public string? ResumeMessage { get; private set; }
    /// <summary>Optimistic concurrency token, bumped by every change.</summary>
    public int Version { get; private set; }
    public IReadOnlyList<PauseUpdate> Updates => _updates;
    public IReadOnlyList<Acknowledgement> Acknowledgements => _acknowledgements;

    public bool IsOpen => State is PauseState.Scheduled or PauseState.Active;

    /// <summary>The cutoff lies before the announcement (by more than <see cref="BackdateRules.Grace"/>).</summary>
    public bool IsBackdated => AnnouncedAt - EffectiveAt >= BackdateRules.Grace;

    /// <summary>Work from this instant on is not billable: the cutoff, or under <see cref="BackdatePolicy.Announcement"/> the announcement.</summary>
    public DateTimeOffset NotBillableFrom => BackdatePolicy == BackdatePolicy.Announcement ? AnnouncedAt : EffectiveAt;

    public PauseUpdate? LatestUpdate => _updates.Count == 0 ? null : _updates.MaxBy(u => u.At);

    /// <summary>The end of the non-billable interval as far as it is known (ended, or a scheduled resume).</summary>
    public DateTimeOffset? IntervalEnd => State == PauseState.Ended ? EndedAt : ScheduledResumeAt;

    /// <summary>A pause made now; a cutoff before <paramref name="now"/> is backdated and announced now, under <paramref name="policy"/>.</summary>
    public static Pause Start(string projectKey, PauseDetails details, string pausedBy, DateTimeOffset now,
        BackdatePolicy policy = BackdatePolicy.Cutoff)
    {
        var effectiveAt = details.EffectiveAt ?? now;
        if (details.ExpectedResumeAt is { } until && until <= effectiveAt)
            throw new DomainException("Expected resume must be after the pause takes effect.");
        return new Pause
        {
            Id = Guid.CreateVersion7(now),
            ProjectKey = projectKey,
            State = effectiveAt > now ? PauseState.Scheduled : PauseState.Active,
            CreatedAt = now,
            EffectiveAt = effectiveAt,
            AnnouncedAt = effectiveAt > now ? effectiveAt : now,
            BackdatePolicy = policy,
            ExpectedResumeAt = details.ExpectedResumeAt,
            NextUpdateBy = details.NextUpdateBy,
            PromiseMadeAt = details.NextUpdateBy is null ? null : now,
            PublicReason = details.PublicReason.Trim(),
            InternalNote = string.IsNullOrWhiteSpace(details.InternalNote) ? null : details.InternalNote.Trim(),
            Guidance = string.IsNullOrWhiteSpace(details.Guidance) ? null : details.Guidance.Trim(),
            PausedBy = pausedBy,
        };
    }

    /// <summary>A scheduled pause whose instant has come becomes active. True when this call changed it.</summary>
    public bool TryActivate(DateTimeOffset now)
    {
        if (State != PauseState.Scheduled || EffectiveAt > now) return false;
        State = PauseState.Active;
        Version++;
        return true;
    }

    /// <summary>Ends the pause at <paramref name="at"/> (now if null). A future instant schedules the resume.</summary>
    public ResumeKind Resume(string by, DateTimeOffset now, DateTimeOffset? at, string? message)
    {
        if (!IsOpen) throw new DomainException($"Pause {Id} is {State}; it cannot be resumed.");
        ResumeMessage = string.IsNullOrWhiteSpace(message) ? null : message.Trim();
        EndedBy = by;
        Version++;
        if (State == PauseState.Scheduled && (at is null || at <= EffectiveAt))
        {
            State = PauseState.Cancelled;
            EndedAt = now;
            return ResumeKind.Cancelled;
        }
        if (at is { } when && when > now)
        {
            ScheduledResumeAt = when;
            return ResumeKind.Scheduled;
        }
        State = PauseState.Ended;
        EndedAt = now;
        ScheduledResumeAt = null;
        return ResumeKind.Resumed;
    }

    /// <summary>A scheduled resume whose instant has come ends the pause. True when this call changed it.</summary>
    public bool TryCompleteScheduledResume(DateTimeOffset now)
    {
        if (State != PauseState.Active || ScheduledResumeAt is not { } at || at > now) return false;
        State = PauseState.Ended;
        EndedAt = at;
        ScheduledResumeAt = null;
        Version++;
        return true;
    }

    public PauseUpdate AddUpdate(string author, string text, DateTimeOffset now)
    {
        if (!IsOpen) throw new DomainException($"Pause {Id} is {State}; it takes no updates.");
        var update = new PauseUpdate(Id, author, text.Trim(), now);
        _updates.Add(update);
        Version++;
        return update;
    }

    public PauseUpdate? EditLatestUpdate(string text, DateTimeOffset now)
    {
        var latest = LatestUpdate;
        if (latest is null) return null;
        latest.Edit(text.Trim(), now);
        Version++;
        return latest;
    }

    /// <summary>A new promise of the next update (null: none), made now.</summary>
    public void Promise(DateTimeOffset? nextUpdateBy, DateTimeOffset now)
    {
        NextUpdateBy = nextUpdateBy;
        PromiseMadeAt = nextUpdateBy is null ? null : now;
        Version++;
    }

    /// <summary>True when the promise's time has come and no lead update was posted since it was made.</summary>
    public bool PromiseBroken(DateTimeOffset now) =>
        State == PauseState.Active && NextUpdateBy is { } due && due <= now
        && !_updates.Any(u => u.At >= (PromiseMadeAt ?? EffectiveAt));

    /// <summary>The promise's time came and a lead update kept it: no promise remains until a lead makes one.</summary>
    public bool PromiseKept(DateTimeOffset now) =>
        State == PauseState.Active && NextUpdateBy is { } due && due <= now && !PromiseBroken(now);

    /// <summary>Records an acknowledgement once per person; false when already acknowledged.</summary>
    public bool Acknowledge(string userId, DateTimeOffset now)
    {
        if (_acknowledgements.Any(a => a.UserId == userId)) return false;
        _acknowledgements.Add(new Acknowledgement(Id, userId, now));
        return true;
    }
}

/// <summary>What a resume did.</summary>
public enum ResumeKind
{
    Resumed,
    Scheduled,
    Cancelled,
}
