using System.Diagnostics.CodeAnalysis;

namespace PauseBot.TimeTracking;

/// <summary>The result of a tracker call: a value, or a <see cref="TrackerFailure"/>. Expected failures are never exceptions.</summary>
public sealed class TrackerResult<T>
{
    private TrackerResult(T? value, TrackerFailure? failure)
    {
        Value = value;
        Failure = failure;
    }

    /// <summary>The value when the call succeeded.</summary>
    public T? Value { get; }

    /// <summary>Why the call did not succeed; null on success.</summary>
    public TrackerFailure? Failure { get; }

    /// <summary>True when <see cref="Value"/> holds the answer.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool IsSuccess => Failure is null;

    public static TrackerResult<T> Success(T value) => new(value, null);

    public static TrackerResult<T> Failed(TrackerFailure failure) => new(default, failure ?? throw new ArgumentNullException(nameof(failure)));

    public static implicit operator TrackerResult<T>(TrackerFailure failure) => Failed(failure);

    public override string ToString() => IsSuccess ? $"Success({Value})" : $"Failed({Failure})";
}
