namespace PauseBot.Core.Scheduling;

/// <summary>Why text is not a <see cref="ScheduleSpec"/>, with the part at fault as it was typed.</summary>
public abstract record ScheduleSpecError
{
    private ScheduleSpecError() { }

    public sealed record Empty : ScheduleSpecError;

    public sealed record Unreadable(string Text) : ScheduleSpecError;

    /// <summary><c>every 10:00</c>: a time with no day.</summary>
    public sealed record MissingDay(string Text, string Time) : ScheduleSpecError;

    public sealed record NotAWeekday(string Word) : ScheduleSpecError;

    public sealed record NoDay : ScheduleSpecError;

    public sealed record MissingTime(ScheduleKind Kind) : ScheduleSpecError;

    public sealed record NotATime(string Piece, ScheduleKind Kind) : ScheduleSpecError;

    public sealed record NotATimeOfDay(string Piece, ScheduleKind Kind) : ScheduleSpecError;

    public sealed record HasSeconds(string Piece) : ScheduleSpecError;

    public sealed record TooManyTimes(int Max) : ScheduleSpecError;

    public sealed record NotAnInterval(string Text) : ScheduleSpecError;

    public sealed record NotWholeMinutes(string Text) : ScheduleSpecError;

    public sealed record TooOften(string Text, TimeSpan Min) : ScheduleSpecError;

    public sealed record TooRare(string Text, TimeSpan Max) : ScheduleSpecError;
}
