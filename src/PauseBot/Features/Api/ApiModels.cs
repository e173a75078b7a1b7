using PauseBot.Core.Pauses;

using PauseBot.Features.Shared;

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
            AnnouncedAt = pause.AnnouncedAt, NotBillableFrom = pause.NotBillableFrom, BackdatePolicy = PauseRecord.PolicyName(pause),
        };
}

/// <summary>A project's link to a time tracker: <c>harvest</c>, <c>toggl</c> or <c>clockify</c>, its project id there and the name it reported when linked.</summary>
public sealed record TrackerLinkRecord(string Tracker, string ProjectId, string ProjectName)
{
    public static TrackerLinkRecord? From(Persistence.Integrations.TrackerLink? link) =>
        link is null ? null : new(link.Tracker, link.TrackerProjectId, link.TrackerProjectName);
}

/// <summary><c>GET /api/v1/projects/{key}/pauses</c>: the project's pause history, oldest first, and its time-tracker link.</summary>
public sealed record PauseHistory(string Project, IReadOnlyList<PauseRecord> Pauses, TrackerLinkRecord? Tracker = null);
