using System.Diagnostics;
using Microsoft.Extensions.Logging;
using PauseBot.Core.Questions;

namespace PauseBot.Encoder;

/// <summary>
/// Gives <see cref="IntentClassifier"/> its sentence encoder, once, on the first question: the process's
/// <see cref="MiniLmSentenceEncoder"/>, or null with one warning when it cannot load (no native ONNX Runtime for this
/// platform, say), so the word model keeps answering. Touches neither ONNX Runtime nor the network until
/// <see cref="TryLoad"/> runs.
/// </summary>
public sealed partial class SentenceEncoderLoader(ILogger<SentenceEncoderLoader> logger, Func<ISentenceEncoder>? create = null)
{
    /// <summary>Whether this process already holds the MiniLM encoder (so <see cref="TryLoad"/> returns at once).</summary>
    public bool IsLoaded => create is null && MiniLmSentenceEncoder.IsCreated;

    public ISentenceEncoder? TryLoad()
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var encoder = create is null ? LoadMiniLm() : create();
            Loaded(logger, clock.Elapsed.TotalMilliseconds);
            return encoder;
        }
#pragma warning disable CA1031 // any failure to load leaves the word model answering; it is logged once
        catch (Exception e)
#pragma warning restore CA1031
        {
            Failed(logger, e);
            return null;
        }
    }

    private static MiniLmSentenceEncoder LoadMiniLm() => MiniLmSentenceEncoder.Shared;

    [LoggerMessage(Level = LogLevel.Information, Message = "Question classifier: sentence encoder (MiniLM, ONNX Runtime) loaded in {Milliseconds:F0} ms")]
    private static partial void Loaded(ILogger logger, double milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Question classifier: the sentence encoder (MiniLM, ONNX Runtime) could not load; questions are answered by the word model")]
    private static partial void Failed(ILogger logger, Exception exception);
}
