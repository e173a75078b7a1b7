using PauseBot.Core.Pauses;

namespace PauseBot.Features.Api;

/// <summary>Answer of <c>GET /api/v1/projects/{key}/billable</c>: whether work at <see cref="At"/> is billable, and the pause that blocks it.</summary>
public sealed record BillableAnswer(string Project, DateTimeOffset At, bool Billable, BlockingPause? Pause);

/// <summary>The public facts of the pause that makes an instant non-billable.</summary>
public sealed record BlockingPause(DateTimeOffset EffectiveAt, DateTimeOffset? ExpectedResumeAt, string PublicReason)
{
    public static BlockingPause From(Pause pause) =>
        new(pause.EffectiveAt, pause.ScheduledResumeAt ?? pause.ExpectedResumeAt, pause.PublicReason);
}

/// <summary>One pause in <c>GET /api/v1/projects/{key}/pauses</c>. Never carries the internal note.</summary>
public sealed record PauseRecord(
    Guid Id, string State, DateTimeOffset EffectiveAt, DateTimeOffset? EndedAt, DateTimeOffset? ScheduledResumeAt,
    DateTimeOffset? ExpectedResumeAt, string PublicReason, string? Guidance, string PausedBy, string? ResumedBy,
    int Acknowledgements, IReadOnlyList<PauseUpdateRecord> Updates)
{
    public static PauseRecord From(Pause p) => new(
        p.Id, p.State.ToString().ToLowerInvariant(), p.EffectiveAt, p.EndedAt, p.ScheduledResumeAt, p.ExpectedResumeAt,
        p.PublicReason, p.Guidance, p.PausedBy, p.EndedBy, p.Acknowledgements.Count,
        p.Updates.OrderBy(u => u.At).Select(u => new PauseUpdateRecord(u.At, u.Author, u.Text)).ToList());
}

/// <summary>A lead's public update on a pause.</summary>
public sealed record PauseUpdateRecord(DateTimeOffset At, string Author, string Text);

/// <summary><c>GET /api/v1/projects/{key}/pauses</c>: the project's pause history, oldest first.</summary>
public sealed record PauseHistory(string Project, IReadOnlyList<PauseRecord> Pauses);
