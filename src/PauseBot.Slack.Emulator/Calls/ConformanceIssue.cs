namespace PauseBot.Slack.Emulator;

/// <summary>
/// How a call strayed from Slack's method reference: something a real workspace would refuse or silently ignore
/// (<see cref="ConformanceIssueKind"/>), with what exactly (<see cref="Detail"/>: an argument, a scope, an error code).
/// </summary>
public sealed record ConformanceIssue(ConformanceIssueKind Kind, string Detail)
{
    /// <inheritdoc />
    public override string ToString() => $"{Kind}: {Detail}";
}

/// <summary>Kinds of <see cref="ConformanceIssue"/>.</summary>
public enum ConformanceIssueKind
{
    /// <summary>The references describe no such method (answered <c>unknown_method</c>).</summary>
    UnknownMethod,
    /// <summary>A JSON body to a method Slack reads only as form fields: Slack ignores the body.</summary>
    JsonBodyToFormOnlyMethod,
    /// <summary>An argument the method's reference does not document (Slack ignores it).</summary>
    UndocumentedArgument,
    /// <summary>A required argument was missing.</summary>
    MissingRequiredArgument,
    /// <summary>The token lacks the scope the call needs (answered <c>missing_scope</c>).</summary>
    MissingScope,
    /// <summary>The emulator answered an error code the method's reference does not document (an emulator bug).</summary>
    UndocumentedError,
}
