using PauseBot.Core.Questions;

[assembly: AssemblyFixture(typeof(PauseBot.Tests.Support.IntentModelWarmUp))]

namespace PauseBot.Tests.Support;

/// <summary>
/// The intent model is loaded once per process, on the first question (a fraction of a second, more on a busy machine).
/// Load it before the tests run, so tests that wait for an answer measure the bot, not the one-off load.
/// </summary>
public sealed class IntentModelWarmUp
{
    public IntentModelWarmUp() => new IntentClassifier().WarmUp();
}
