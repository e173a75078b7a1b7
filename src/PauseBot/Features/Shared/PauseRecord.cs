using PauseBot.Core.Pauses;

namespace PauseBot.Features.Shared;

/// <summary>
/// One pause as machines read it: in <c>GET /api/v1/projects/{key}/pauses</c> and in webhook bodies. Never carries the
/// internal note. <see cref="LateEntries"/> and <see cref="LateHours"/>: entries found in the linked time tracker after the cutoff.
/// <see cref="EffectiveAt"/> is the cutoff, <see cref="AnnouncedAt"/> when it was announced (later for a backdated pause),
/// <see cref="NotBillableFrom"/> the one of the two the billable rule uses, by <see cref="BackdatePolicy"/>.
/// </summary>
public sealed record PauseRecord(
    Guid Id, string State, DateTimeOffset EffectiveAt, DateTimeOffset? EndedAt, DateTimeOffset? ScheduledResumeAt,
    DateTimeOffset? ExpectedResumeAt, string PublicReason, string? Guidance, string PausedBy, string? ResumedBy,
    int Acknowledgements, IReadOnlyList<PauseUpdateRecord> Updates)
{
    public static PauseRecord From(Pause p) => new(
        p.Id, p.State.ToString().ToLowerInvariant(), p.EffectiveAt, p.EndedAt, p.ScheduledResumeAt, p.ExpectedResumeAt,
        p.PublicReason, p.Guidance, p.PausedBy, p.EndedBy, p.Acknowledgements.Count,
        p.Updates.OrderBy(u => u.At).Select(u => new PauseUpdateRecord(u.At, u.Author, u.Text)).ToList())
    {
        AnnouncedAt = p.AnnouncedAt, NotBillableFrom = p.NotBillableFrom, BackdatePolicy = PolicyName(p),
    };

    public int LateEntries { get; init; }
    public decimal LateHours { get; init; }
    public DateTimeOffset AnnouncedAt { get; init; }
    public DateTimeOffset NotBillableFrom { get; init; }
    /// <summary><c>cutoff</c> or <c>announcement</c> (<c>PauseBot:BackdatePolicy</c> when the pause was made).</summary>
    public string BackdatePolicy { get; init; } = "cutoff";

    /// <summary>How machine-readable outputs (API, CSV, webhooks) name a pause's backdate policy.</summary>
    public static string PolicyName(Pause pause) => pause.BackdatePolicy.ToString().ToLowerInvariant();
}

/// <summary>A lead's public update on a pause.</summary>
public sealed record PauseUpdateRecord(DateTimeOffset At, string Author, string Text);
