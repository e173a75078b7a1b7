using PauseBot.Core.Projects;
using PauseBot.Core.Scheduling;

namespace PauseBot.Core;

/// <summary>What is wrong with a request (<see cref="Invalid"/>), naming the <see cref="Field"/> at fault where there is one.</summary>
public abstract record Problem
{
    private Problem() { }

    /// <summary>A required text is empty.</summary>
    public sealed record Missing(Field Field) : Problem;

    /// <summary>A time that must lie ahead lies in the past.</summary>
    public sealed record InThePast(Field Field) : Problem;

    /// <summary>A pause's cutoff lies further back than <see cref="Max"/> (PauseBot:MaxBackdate).</summary>
    public sealed record TooFarBack(TimeSpan Max) : Problem;

    /// <summary>A resume was asked for at an instant in the past: resumes are never backdated.</summary>
    public sealed record ResumeInThePast : Problem;

    /// <summary>A backdated pause was confirmed more than <see cref="Within"/> after it was asked for; ask again.</summary>
    public sealed record ConfirmationExpired(TimeSpan Within) : Problem;

    /// <summary>A time that must come after the pause takes effect does not.</summary>
    public sealed record NotAfterStart(Field Field) : Problem;

    /// <summary>A text is longer than the messages it appears in can hold: <paramref name="Length"/> characters of at most <paramref name="Max"/>.</summary>
    public sealed record TooLong(Field Field, int Max, int Length) : Problem;

    public sealed record OutOfRange(Field Field, int Min, int Max) : Problem;

    /// <summary>A correction was asked for, but no update has been posted.</summary>
    public sealed record NoUpdateToEdit : Problem;

    public sealed record BadProjectKey(KeyProblem Key) : Problem;

    public sealed record UnknownTimeZone(string ZoneId) : Problem;

    public sealed record BadSchedule(ScheduleSpecError Error) : Problem;

    public sealed record NoSuchSchedule(string ProjectKey, int Id) : Problem;

    public sealed record NoSuchOpening(int Id) : Problem;

    /// <summary>The pause a reminder is about has ended.</summary>
    public sealed record PauseIsOver : Problem;
}

/// <summary>The parts of a request a <see cref="Problem"/> can be about.</summary>
public enum Field
{
    /// <summary>The public reason of a pause.</summary>
    Reason,
    /// <summary>When a pause or resume takes effect.</summary>
    At,
    /// <summary>The expected resume of a pause, or the end of an opening.</summary>
    Until,
    NextUpdate,
    UpdateText,
    OpeningText,
    Slots,
    /// <summary>What contractors should do while a pause lasts.</summary>
    Guidance,
    /// <summary>A pause's note for leads and admins only.</summary>
    InternalNote,
    /// <summary>The message announced with a resume.</summary>
    ResumeMessage,
    /// <summary>A lead's answer to an escalated question.</summary>
    Answer,
    /// <summary>The skills an opening asks for.</summary>
    Skills,
    /// <summary>A project's display name.</summary>
    DisplayName,
}
