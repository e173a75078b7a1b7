namespace PauseBot.Core.Questions;

/// <summary>Result of <see cref="IntentClassifier.Classify"/>.</summary>
/// <param name="Intent">The single best intent, or <see cref="Intent.Unknown"/> below the score threshold.</param>
/// <param name="Confidence">0..1; heuristic, derived from the winning score and its margin over the runner-up.</param>
/// <param name="Tokens">Normalised tokens (lowercase, slang/contractions expanded, mentions/emoji/punctuation removed).</param>
public sealed record Classification(Intent Intent, double Confidence, IReadOnlyList<string> Tokens);
