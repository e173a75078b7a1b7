using PauseBot.Core.Questions;
using PauseBot.Encoder;

[assembly: AssemblyFixture(typeof(PauseBot.Tests.Support.IntentModelWarmUp))]

namespace PauseBot.Tests.Support;

/// <summary>
/// The intent models and the sentence encoder are loaded once per process, on the first question (about a second, more
/// on a busy machine). Load them before the tests run, so tests that wait for an answer measure the bot, not the one-off
/// load, and every host's classifier answers with the sentence model from its first question.
/// </summary>
public sealed class IntentModelWarmUp
{
    public IntentModelWarmUp() => new IntentClassifier(() => MiniLmSentenceEncoder.Shared).WarmUp();
}
