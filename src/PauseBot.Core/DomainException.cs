namespace PauseBot.Core;

/// <summary>A broken invariant: a bug in the caller, not an expected outcome (those are values).</summary>
public sealed class DomainException(string message) : Exception(message);
