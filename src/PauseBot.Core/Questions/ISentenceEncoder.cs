namespace PauseBot.Core.Questions;

/// <summary>
/// The meaning of whole sentences: a neural sentence encoder (MiniLM in the host, through ONNX Runtime; Core only knows
/// this port). <see cref="IntentClassifier"/> calls it once per message, with the message and its parts in one batch.
/// Implementations are thread-safe.
/// </summary>
public interface ISentenceEncoder
{
    /// <summary>
    /// One unit-length vector of <see cref="IntentModel.SentenceDimensions"/> floats per text, in the order given. The
    /// texts are already normalised and bounded (<see cref="IntentModel.EncoderText"/>).
    /// </summary>
    IReadOnlyList<float[]> Encode(IReadOnlyList<string> texts);
}
