using PauseBot.Core.Questions;

[assembly: AssemblyFixture(typeof(PauseBot.Tests.Support.IntentModelWarmUp))]

namespace PauseBot.Tests.Support;

/// <summary>
/// The intent model is fitted once per process, on the first question (seconds on a busy machine). Fit it before the
/// tests run, so tests that wait a few seconds for an answer measure the bot, not the one-off fit.
/// </summary>
public sealed class IntentModelWarmUp
{
    public IntentModelWarmUp() => new IntentClassifier().WarmUp();
}
