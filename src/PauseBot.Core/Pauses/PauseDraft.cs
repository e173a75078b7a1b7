namespace PauseBot.Core.Pauses;

/// <summary>
/// A backdated pause a lead asked for and has not confirmed yet: the whole request, kept until it is confirmed (it becomes a
/// <see cref="Pause"/>), cancelled or expired (then it is removed). Being a row, it survives a restart and is used once.
/// </summary>
public sealed class PauseDraft
{
    private PauseDraft() { }

    public Guid Id { get; private set; }
    public string ProjectKey { get; private set; } = "";
    public string RequestedBy { get; private set; } = "";
    public DateTimeOffset RequestedAt { get; private set; }
    /// <summary>The cutoff asked for (in the past when asked).</summary>
    public DateTimeOffset EffectiveAt { get; private set; }
    public DateTimeOffset? ExpectedResumeAt { get; private set; }
    public DateTimeOffset? NextUpdateBy { get; private set; }
    public string PublicReason { get; private set; } = "";
    public string? InternalNote { get; private set; }
    public string? Guidance { get; private set; }

    public PauseDetails Details => new(PublicReason, EffectiveAt, ExpectedResumeAt, NextUpdateBy, InternalNote, Guidance);

    public bool IsExpired(DateTimeOffset now) => now - RequestedAt > BackdateRules.ConfirmWithin;

    public static PauseDraft For(string projectKey, DateTimeOffset effectiveAt, PauseDetails details, string requestedBy, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        ProjectKey = projectKey,
        RequestedBy = requestedBy,
        RequestedAt = now,
        EffectiveAt = effectiveAt,
        ExpectedResumeAt = details.ExpectedResumeAt,
        NextUpdateBy = details.NextUpdateBy,
        PublicReason = details.PublicReason.Trim(),
        InternalNote = string.IsNullOrWhiteSpace(details.InternalNote) ? null : details.InternalNote.Trim(),
        Guidance = string.IsNullOrWhiteSpace(details.Guidance) ? null : details.Guidance.Trim(),
    };
}
