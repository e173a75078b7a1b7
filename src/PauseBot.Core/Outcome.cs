using PauseBot.Core.Pauses;
using PauseBot.Core.Projects;

namespace PauseBot.Core;

/// <summary>Expected results of a use case, as values; the host renders each one for the person who asked.</summary>
public abstract record Outcome;

/// <summary>No such project (only said to people allowed to know).</summary>
public sealed record NotFound(string Key) : Outcome;

/// <summary>The actor may not do this; <see cref="Reason"/> is safe to show them.</summary>
public sealed record Refused(string Reason) : Outcome;

/// <summary>The request itself is wrong (a time in the past, a bad key); <see cref="Reason"/> says how.</summary>
public sealed record Invalid(string Reason) : Outcome;

/// <summary>Nothing to do; already in the asked-for state.</summary>
public sealed record Unchanged(string Reason) : Outcome;

public sealed record Paused(Project Project, Pause Pause) : Outcome;

public sealed record AlreadyPaused(Project Project, Pause Existing) : Outcome;

public sealed record Resumed(Project Project, Pause Pause, ResumeKind Kind) : Outcome;

public sealed record NotPaused(Project Project) : Outcome;

public sealed record UpdatePosted(Project Project, Pause Pause, PauseUpdate Update, bool Edited) : Outcome;

public sealed record ProjectChanged(Project Project, string What) : Outcome;
