using PauseBot.Core.Pauses;

namespace PauseBot.Features.Api;

/// <summary>
/// Answer of <c>GET /api/v1/projects/{key}/billable</c>: whether work at <see cref="At"/> is billable, the pause that blocks
/// it, and the project's time-tracker link (null without one).
/// </summary>
public sealed record BillableAnswer(string Project, DateTimeOffset At, bool Billable, BlockingPause? Pause, TrackerLinkRecord? Tracker = null);

/// <summary>
/// The public facts of the pause that makes an instant non-billable, with the entries found in the linked tracker after its
/// cutoff (<see cref="LateEntries"/>, <see cref="LateHours"/>: 0 without a link). <see cref="EffectiveAt"/> is the cutoff,
/// <see cref="AnnouncedAt"/> when it was announced (later for a backdated pause), <see cref="NotBillableFrom"/> the one of the
/// two the billable rule used (by <see cref="BackdatePolicy"/>: <c>cutoff</c> or <c>announcement</c>).
/// </summary>
public sealed record BlockingPause(DateTimeOffset EffectiveAt, DateTimeOffset? ExpectedResumeAt, string PublicReason, int LateEntries = 0, decimal LateHours = 0)
{
    public DateTimeOffset AnnouncedAt { get; init; }
    public DateTimeOffset NotBillableFrom { get; init; }
    public string BackdatePolicy { get; init; } = "cutoff";

    public static BlockingPause From(Pause pause) =>
        new(pause.EffectiveAt, pause.ScheduledResumeAt ?? pause.ExpectedResumeAt, pause.PublicReason)
        {
            AnnouncedAt = pause.AnnouncedAt, NotBillableFrom = pause.NotBillableFrom, BackdatePolicy = PolicyName(pause),
        };

    internal static string PolicyName(Pause pause) => pause.BackdatePolicy.ToString().ToLowerInvariant();
}

/// <summary>A project's link to a time tracker: <c>harvest</c>, <c>toggl</c> or <c>clockify</c>, its project id there and the name it reported when linked.</summary>
public sealed record TrackerLinkRecord(string Tracker, string ProjectId, string ProjectName)
{
    public static TrackerLinkRecord? From(Persistence.Integrations.TrackerLink? link) =>
        link is null ? null : new(link.Tracker, link.TrackerProjectId, link.TrackerProjectName);
}

/// <summary>
/// One pause in <c>GET /api/v1/projects/{key}/pauses</c> and in webhooks. Never carries the internal note. <see cref="LateEntries"/>
/// and <see cref="LateHours"/>: entries found in the linked time tracker after the cutoff. <see cref="EffectiveAt"/> is the
/// cutoff, <see cref="AnnouncedAt"/> when it was announced, <see cref="NotBillableFrom"/> the one the billable rule uses.
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
        AnnouncedAt = p.AnnouncedAt, NotBillableFrom = p.NotBillableFrom, BackdatePolicy = BlockingPause.PolicyName(p),
    };

    public int LateEntries { get; init; }
    public decimal LateHours { get; init; }
    public DateTimeOffset AnnouncedAt { get; init; }
    public DateTimeOffset NotBillableFrom { get; init; }
    public string BackdatePolicy { get; init; } = "cutoff";
}

/// <summary>A lead's public update on a pause.</summary>
public sealed record PauseUpdateRecord(DateTimeOffset At, string Author, string Text);

/// <summary><c>GET /api/v1/projects/{key}/pauses</c>: the project's pause history, oldest first, and its time-tracker link.</summary>
public sealed record PauseHistory(string Project, IReadOnlyList<PauseRecord> Pauses, TrackerLinkRecord? Tracker = null);
