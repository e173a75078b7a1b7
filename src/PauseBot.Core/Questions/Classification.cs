namespace PauseBot.Core.Questions;

/// <summary>Result of <see cref="IntentClassifier.Classify"/>.</summary>
/// <param name="Intent">The intent to answer, or <see cref="Intent.Unknown"/> when off-topic or not confident enough.</param>
/// <param name="Confidence">0..1: the model's probability for its best guess (<see cref="Guess"/>).</param>
/// <param name="Tokens">Normalised tokens (lowercase, slang/contractions expanded, mentions/emoji/punctuation removed).</param>
public sealed record Classification(Intent Intent, double Confidence, IReadOnlyList<string> Tokens)
{
    /// <summary>The best guess even when it was not confident enough to answer (then <see cref="Intent"/> is Unknown).</summary>
    public Intent Guess { get; init; } = Intent;

    /// <summary>A second, different question in the same message that deserves its own answer, if any.</summary>
    public Intent? Also { get; init; }

    /// <summary>True when the classifier had a guess but not enough confidence to answer it.</summary>
    public bool Unsure => Intent == Intent.Unknown && Guess != Intent.Unknown;
}
