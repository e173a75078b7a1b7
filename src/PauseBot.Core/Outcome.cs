using PauseBot.Core.Pauses;
using PauseBot.Core.Projects;
using PauseBot.Core.Scheduling;

namespace PauseBot.Core;

/// <summary>
/// Expected results of a use case, as values. They carry facts, never words: the host renders each one for the person who
/// asked (one exhaustive switch, checked by a test that renders every outcome there is).
/// </summary>
public abstract record Outcome;

/// <summary>No such project (only said to people allowed to know).</summary>
public sealed record NotFound(string Key) : Outcome;

/// <summary>The actor may not do this; <see cref="Why"/> says who may.</summary>
public sealed record Refused(Refusal Why) : Outcome;

/// <summary>The request itself is wrong (a time in the past, a bad key); <see cref="What"/> says how.</summary>
public sealed record Invalid(Problem What) : Outcome;

/// <summary>Nothing to do; already in the asked-for state (or another writer changed it first).</summary>
public sealed record Unchanged(NoChange Why) : Outcome;

public sealed record Paused(Project Project, Pause Pause) : Outcome;

public sealed record AlreadyPaused(Project Project, Pause Existing) : Outcome;

/// <summary>
/// A cutoff in the past changes hours already worked, so it waits for its lead to confirm: <see cref="Draft"/> holds the
/// request; nothing else changed. Confirmed, it pauses under <see cref="Policy"/>.
/// </summary>
public sealed record BackdateToConfirm(Project Project, PauseDraft Draft, BackdatePolicy Policy) : Outcome;

/// <summary>The lead cancelled a backdated pause instead of confirming it: nothing remains of it but the audit line.</summary>
public sealed record BackdateCancelled(Project Project, PauseDraft Draft) : Outcome;

public sealed record Resumed(Project Project, Pause Pause, ResumeKind Kind) : Outcome;

public sealed record NotPaused(Project Project) : Outcome;

public sealed record UpdatePosted(Project Project, Pause Pause, PauseUpdate Update, bool Edited) : Outcome;

public sealed record ProjectChanged(Project Project, ProjectChange What) : Outcome;

public sealed record ScheduleAdded(Project Project, StatusSchedule Schedule) : Outcome;

public sealed record ScheduleRemoved(Project Project, StatusSchedule Schedule) : Outcome;
