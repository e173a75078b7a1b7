using System.Diagnostics.CodeAnalysis;

namespace PauseBot.Core.Scheduling;

/// <summary>Result of <see cref="ScheduleSpec.Parse"/>: a spec, or what is wrong with the text.</summary>
public sealed record ScheduleSpecResult
{
    private ScheduleSpecResult(ScheduleSpec? spec, ScheduleSpecError? error)
    {
        Spec = spec;
        Error = error;
        IsSuccess = spec is not null;
    }

    public ScheduleSpec? Spec { get; }

    public ScheduleSpecError? Error { get; }

    [MemberNotNullWhen(true, nameof(Spec))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess { get; }

    public static ScheduleSpecResult Ok(ScheduleSpec spec) => new(spec ?? throw new ArgumentNullException(nameof(spec)), null);

    public static ScheduleSpecResult Fail(ScheduleSpecError error) => new(null, error ?? throw new ArgumentNullException(nameof(error)));
}
