using PauseBot.Core.Openings;
using PauseBot.Core.Pauses;
using PauseBot.Core.Projects;

namespace PauseBot.Features.Questions;

/// <summary>Where a project stands for an answer: the open pause, the latest ended one, and now.</summary>
public sealed record AnswerFacts(Project Project, IReadOnlyList<Pause> History, DateTimeOffset Now)
{
    /// <summary>A pause that ended this long ago still counts as "recently resumed".</summary>
    public static readonly TimeSpan RecentlyResumedWindow = TimeSpan.FromDays(14);

    public Pause? Open { get; } = History.FirstOrDefault(p => p.IsOpen);

    /// <summary>Open openings the asker may see (for everyone or for this project); loaded for alternative-work questions.</summary>
    public IReadOnlyList<Opening> Openings { get; init; } = [];

    public Pause? LastEnded { get; } = History.Where(p => p.State == PauseState.Ended).MaxBy(p => p.EndedAt);

    public ProjectState State => Open switch
    {
        { State: PauseState.Scheduled } => ProjectState.PauseScheduled,
        { } open when open.EffectiveAt <= Now && BillableNow => ProjectState.Resumed, // a scheduled resume has passed
        { } => ProjectState.Paused,
        null when LastEnded?.EndedAt is { } ended && Now - ended < RecentlyResumedWindow => ProjectState.Resumed,
        null => ProjectState.NotPaused,
    };

    /// <summary>From the one billable rule, never from the state alone.</summary>
    public bool BillableNow => BillableRule.IsBillable(History, Now);
}

public enum ProjectState
{
    NotPaused,
    PauseScheduled,
    Paused,
    Resumed,
}
